using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class HireHiveToolTests
{
    private static readonly Uri FirstPage = new("https://mercy-law-resource-centre.hirehive.com/api/v2/jobs?page=1&page_size=100");
    private static readonly Uri SecondPage = new("https://mercy-law-resource-centre.hirehive.com/api/v2/jobs?page=2&page_size=100");

    [Theory]
    [InlineData("https://mercy-law-resource-centre.hirehive.com/")]
    [InlineData("https://Mercy-Law-Resource-Centre.hirehive.com/legal-caseworker-cork-rv3tze")]
    public void Reads_the_tenant_and_asks_its_career_site_feed(string url)
    {
        var tool = new HireHiveTool();
        var board = tool.Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("hirehive", "mercy-law-resource-centre"), (board.Tool, board.Token));
        Assert.Equal(FirstPage, tool.ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.hirehive.com/")]
    [InlineData("https://app.hirehive.com/login")]
    [InlineData("https://hirehive.com/pricing")]
    [InlineData("https://mercy.hirehive.com.example.org/")]
    public void Takes_no_board_from_the_tool_s_own_hosts_or_lookalikes(string url) =>
        Assert.Null(new HireHiveTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://mercy-law-resource-centre.hirehive.com/legal-caseworker-cork-rv3tze", true)]
    [InlineData("https://mercy-law-resource-centre.hirehive.com/", false)]
    [InlineData("https://mercy-law-resource-centre.hirehive.com/api/v2/jobs", false)]
    public void Tells_a_posting_s_page_from_the_career_site_and_its_feed(string url, bool posting) =>
        Assert.Equal(posting, new HireHiveTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Maps_the_town_and_country_the_company_s_type_words_and_the_salary_text()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("hirehive", "mercy-law-resource-centre-jobs").Page());

        Assert.NotNull(outcome);
        Assert.Equal(
            [("Dublin, Ireland", "Full time"), ("Cork, Ireland", "Part time"), ("Remote, Ireland", "Internship")],
            outcome.Postings.Select(p => (p.Location!, p.EmploymentType!)).ToList());
        Assert.Equal("€52,000 - €58,000 per annum", outcome.Postings[0].SalaryText);
        Assert.Equal("2026-10-12", outcome.Postings[0].DatePosted);
        Assert.All(outcome.Postings, p => Assert.Null(p.Organization));
    }

    [Fact]
    public async Task Follows_the_feed_s_next_link_while_its_meta_says_more_follow()
    {
        var member = new PageContent(new Uri("https://www.mercylaw.example/work-with-us"),
            Encoding.UTF8.GetBytes("""<html><body><a href="https://mercy-law-resource-centre.hirehive.com/">Vacancies</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake()
            .Serving(FirstPage, Encoding.UTF8.GetBytes(Page(1, hasNext: true, "Solicitor")), "application/json")
            .Serving(SecondPage, Encoding.UTF8.GetBytes(Page(2, hasNext: false, "Legal Caseworker")), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(member, fetcher);

        Assert.NotNull(outcome);
        Assert.Equal([FirstPage, SecondPage], fetcher.Requested);
        Assert.Equal(["Solicitor", "Legal Caseworker"], outcome.Postings.Select(p => p.Title!).ToList());
    }

    [Fact]
    public async Task A_feed_that_answers_with_another_shape_is_told_with_its_url()
    {
        var member = new PageContent(new Uri("https://www.mercylaw.example/work-with-us"),
            Encoding.UTF8.GetBytes("""<html><body><a href="https://mercy-law-resource-centre.hirehive.com/">Vacancies</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(FirstPage, Encoding.UTF8.GetBytes("""{"error":"Company not found"}"""), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(member, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(FirstPage.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("hirehive", warning, StringComparison.Ordinal);
    }

    private static string Page(int page, bool hasNext, string title) => $$"""
        {"meta":{"page":{{page}},"page_size":100,"total_pages":2,"has_next_page":{{(hasNext ? "true" : "false")}}},
         "links":{"next":{{(hasNext ? $"\"{SecondPage}\"" : "null")}}},
         "items":[{"id":"job_{{page}}","title":"{{title}}","location":"Dublin","country":{"name":"Ireland","code":"IE"},
           "published_date":"2026-10-12T09:15:27.133Z","hosted_url":"https://mercy-law-resource-centre.hirehive.com/job-{{page}}"}]}
        """;
}
