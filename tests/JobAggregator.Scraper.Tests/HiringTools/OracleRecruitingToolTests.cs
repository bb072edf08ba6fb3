using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class OracleRecruitingToolTests
{
    private const string Host = "https://ejzp.fa.us2.oraclecloud.com";

    private static readonly Uri Api = new(Host + "/hcmRestApi/resources/latest/recruitingCEJobRequisitions?onlyData=true&expand=requisitionList.secondaryLocations"
        + "&finder=findReqs;siteNumber=CX_1,limit=25,offset=0,sortBy=POSTING_DATES_DESC");

    private static readonly string Responses = Path.Combine(AppContext.BaseDirectory, "HiringTools", "DetailResponses");

    [Theory]
    [InlineData(Host + "/hcmUI/CandidateExperience/en/sites/CX_1/requisitions")]
    [InlineData(Host + "/hcmUI/CandidateExperience/en/sites/CX_1/requisitions?keyword=public+defender")]
    [InlineData(Host + "/hcmUI/CandidateExperience/en/sites/CX_1/job/4108")]
    [InlineData(Host + "/hcmUI/CandidateExperience/es/sites/CX_1/requisitions/preview/4108")]
    [InlineData(Host + "/hcmRestApi/resources/latest/recruitingCEJobRequisitions?onlyData=true&finder=findReqs;siteNumber=CX_1,limit=25")]
    public void Reads_the_site_number_on_its_host_from_a_site_posting_or_api_url(string url)
    {
        var board = new OracleRecruitingTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("oracle", "CX_1"), (board.Tool, board.Token));
        Assert.Equal(Api, new OracleRecruitingTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.oracle.com/human-capital-management/recruiting/")]
    [InlineData("https://objectstorage.us-ashburn-1.oraclecloud.com/n/x/b/y/o/sites/CX_1/logo.png")]
    [InlineData(Host + "/hcmUI/faces/FuseWelcome")]
    [InlineData("https://ejzp.fa.us2.oraclecloud.com.example.org/hcmUI/CandidateExperience/en/sites/CX_1/requisitions")]
    public void Takes_no_board_from_oracle_s_other_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new OracleRecruitingTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData(Host + "/hcmUI/CandidateExperience/en/sites/CX_1/job/4108", true)]
    [InlineData(Host + "/hcmUI/CandidateExperience/en/sites/CX_1/requisitions/preview/4108", true)]
    [InlineData(Host + "/hcmUI/CandidateExperience/en/sites/CX_1/requisitions", false)]
    public void Tells_a_posting_s_page_from_the_site(string url, bool isPosting) =>
        Assert.Equal(isPosting, new OracleRecruitingTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Builds_each_posting_s_page_and_completes_its_ad_and_dates_from_the_requisition_s_details()
    {
        var detail = new Uri(Host + "/hcmRestApi/resources/latest/recruitingCEJobRequisitionDetails?expand=all&onlyData=true&finder=ById;Id=%224108%22,siteNumber=CX_1");
        var fetcher = new RecordingPageFetcherFake()
            .Serving(detail, await File.ReadAllBytesAsync(Path.Combine(Responses, "oracle-requisition-4108.json"), TestContext.Current.CancellationToken), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("oracle", "metro-public-defender-requisitions").Page(), fetcher);

        Assert.NotNull(outcome);
        Assert.Equal(3, fetcher.Requested.Count);
        Assert.Equal(detail, fetcher.Requested[0]);
        var defender = outcome.Postings[0];
        Assert.Equal(new Uri(Host + "/hcmUI/CandidateExperience/en/sites/CX_1/job/4108"), defender.Url);
        Assert.StartsWith("<p>Represent indigent clients", defender.DescriptionHtml, StringComparison.Ordinal);
        Assert.Contains("<h3>Qualifications</h3><p>Licensed to practise law in Tennessee.</p>", defender.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal(("2025-05-12", "2025-06-09", "Full-time"), (defender.DatePosted, defender.ValidThrough, defender.EmploymentType));
        Assert.Equal("Nashville, TN, United States", outcome.Postings[1].Location);
        Assert.Equal("Tennessee, United States; Nashville, TN, United States (Remote)", outcome.Postings[2].Location);
    }

    [Theory]
    [InlineData(0, "offset=25")]
    [InlineData(25, "offset=50")]
    [InlineData(50, null)]
    public void Asks_for_the_next_offset_while_the_count_goes_beyond_this_page(int offset, string? next)
    {
        var url = new Uri(Host + $"/hcmRestApi/resources/latest/recruitingCEJobRequisitions?onlyData=true&finder=findReqs;siteNumber=CX_1,limit=25,offset={offset}");
        var body = $$"""{"items": [{"TotalJobsCount": 60, "Limit": 25, "Offset": {{offset}}, "requisitionList": [{"Id": "1", "Title": "Paralegal"}]}]}""";

        var found = new OracleRecruitingTool().NextPage(new PageContent(url, Encoding.UTF8.GetBytes(body), "application/json"));

        Assert.Equal(next, found is null ? null : found.Query[(found.Query.LastIndexOf(',') + 1)..]);
    }

    [Theory]
    [InlineData("""{"items": []}""")]
    [InlineData("""{"items": [{"requisitionList": [{"Id": "1", "Title": """)]
    public async Task An_answer_that_is_not_a_search_is_no_board_and_throws_nothing(string body)
    {
        var page = new PageContent(new Uri(Host + "/hcmRestApi/resources/latest/recruitingCEJobRequisitions"), Encoding.UTF8.GetBytes(body), "application/json");

        Assert.Empty(new OracleRecruitingTool().Map(page, null, null));
        var outcome = await HiringToolRun.ExtractAsync(page);
        Assert.True(outcome is null || outcome.Postings.Count == 0);
    }

    [Fact]
    public void A_details_answer_without_a_requisition_adds_nothing() =>
        Assert.Null(new OracleRecruitingTool().MapDetail(new PageContent(new Uri(Host + "/hcmRestApi/resources/latest/recruitingCEJobRequisitionDetails"),
            Encoding.UTF8.GetBytes("""{"items": [], "count": 0}"""), "application/json")));

    [Fact]
    public void Its_career_site_host_is_a_hiring_tool_s_for_discovery()
    {
        Assert.Equal("Oracle Recruiting Cloud", HiringToolHosts.Tool("ejzp.fa.us2.oraclecloud.com"));
        Assert.Null(HiringToolHosts.Tool("objectstorage.us-ashburn-1.oraclecloud.com"));
    }
}
