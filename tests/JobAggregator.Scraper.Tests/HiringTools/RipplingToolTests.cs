using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class RipplingToolTests
{
    private static readonly string Responses = Path.Combine(AppContext.BaseDirectory, "HiringTools", "DetailResponses");

    [Theory]
    [InlineData("https://ats.rippling.com/bay-legal-access/jobs")]
    [InlineData("https://ats.rippling.com/bay-legal-access/jobs/3b8e1f62-7c4d-4a09-b2e5-6d1f0c9a8e47")]
    [InlineData("https://api.rippling.com/platform/api/ats/v1/board/bay-legal-access/jobs")]
    [InlineData("https://ats.rippling.com/api/v2/board/bay-legal-access/jobs")]
    public void Reads_the_board_slug_from_a_board_posting_or_api_url(string url)
    {
        var board = new RipplingTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("rippling", "bay-legal-access"), (board.Tool, board.Token));
        Assert.Equal(new Uri("https://api.rippling.com/platform/api/ats/v1/board/bay-legal-access/jobs"), new RipplingTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.rippling.com/applicant-tracking-system")]
    [InlineData("https://api.rippling.com/platform/api/employees")]
    [InlineData("https://ats.rippling.com.example.org/bay-legal-access/jobs")]
    public void Takes_no_board_from_rippling_s_other_pages_or_lookalike_hosts(string url) =>
        Assert.Null(new RipplingTool().Recognize(new Uri(url)));

    [Fact]
    public async Task Completes_each_listed_job_from_its_own_answer_with_ad_employer_type_date_and_pay()
    {
        var listing = HiringToolCorpus.Case("rippling", "bay-legal-access-board-jobs");
        var detail = new Uri("https://api.rippling.com/platform/api/ats/v1/board/bay-legal-access/jobs/3b8e1f62-7c4d-4a09-b2e5-6d1f0c9a8e47");
        var fetcher = new RecordingPageFetcherFake()
            .Serving(detail, await File.ReadAllBytesAsync(Path.Combine(Responses, "rippling-job-eviction-defense.json"), TestContext.Current.CancellationToken), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(listing.Page(), fetcher);

        Assert.NotNull(outcome);
        Assert.Equal(3, fetcher.Requested.Count);
        Assert.Equal(detail, fetcher.Requested[0]);
        var attorney = outcome.Postings[0];
        Assert.Equal("Bay Legal Access", attorney.Organization);
        Assert.Equal("Salaried, full-time", attorney.EmploymentType);
        Assert.Equal("2025-02-03", attorney.DatePosted);
        Assert.Equal((92000m, 108000m, "USD", "YEAR"), (attorney.Salary!.Min, attorney.Salary.Max, attorney.Salary.Currency, attorney.Salary.UnitText));
        Assert.StartsWith("<p>You will represent tenants", attorney.DescriptionHtml, StringComparison.Ordinal);
        Assert.EndsWith("Santa Clara counties.</p>", attorney.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://ats.rippling.com/bay-legal-access/jobs/3b8e1f62-7c4d-4a09-b2e5-6d1f0c9a8e47"), attorney.Url);
        Assert.Equal("Remote (United States)", outcome.Postings[1].Location);
        Assert.Null(outcome.Postings[1].DescriptionHtml);
    }

    [Theory]
    [InlineData("""{"name": "Grants Manager", "payRangeDetails": [{"minValue": 31.5, "maxValue": 36, "currency": "USD", "frequency": "HOUR"}]}""", 31.5, "HOUR")]
    [InlineData("""{"name": "Grants Manager", "payRangeDetails": [{"rangeStart": 70000, "rangeEnd": 82000, "currency": "USD", "frequency": "Annual"}]}""", 70000, "YEAR")]
    public void Reads_either_shape_of_a_pay_range(string body, double min, string period)
    {
        var detail = new RipplingTool().MapDetail(new PageContent(new Uri("https://api.rippling.com/platform/api/ats/v1/board/x/jobs/1"), Encoding.UTF8.GetBytes(body), "application/json"));

        Assert.NotNull(detail?.Salary);
        Assert.Equal((decimal)min, detail.Salary.Min);
        Assert.Equal(period, detail.Salary.UnitText);
    }

    [Theory]
    [InlineData("""{"jobs": []}""")]
    [InlineData("""[{"uuid": "1", "name": "Paralegal",""")]
    public async Task An_answer_that_is_not_a_jobs_list_is_no_board_and_throws_nothing(string body)
    {
        var page = new PageContent(new Uri("https://api.rippling.com/platform/api/ats/v1/board/x/jobs"), Encoding.UTF8.GetBytes(body), "application/json");

        Assert.False(new RipplingTool().IsApiResponse(page));
        var outcome = await HiringToolRun.ExtractAsync(page);
        Assert.True(outcome is null || outcome.Postings.Count == 0);
    }

    [Fact]
    public void A_job_answer_that_is_not_one_adds_nothing() =>
        Assert.Null(new RipplingTool().MapDetail(new PageContent(new Uri("https://api.rippling.com/platform/api/ats/v1/board/x/jobs/1"),
            Encoding.UTF8.GetBytes("""{"error": "not found"}"""), "application/json")));

    [Fact]
    public void Its_board_host_is_a_hiring_tool_s_for_discovery() =>
        Assert.Equal("Rippling", HiringToolHosts.Tool("ats.rippling.com"));
}
