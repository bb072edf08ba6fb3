using System.Text;
using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class FreshteamToolTests
{
    private static readonly Uri Api = new("https://rechtshilfe-ost.freshteam.com/hire/widgets/jobs.json");

    [Theory]
    [InlineData("https://rechtshilfe-ost.freshteam.com/jobs")]
    [InlineData("https://rechtshilfe-ost.freshteam.com/jobs/hSxg4mQz/rechtsanwalt-m-w-d-asyl-und-aufenthaltsrecht")]
    [InlineData("https://rechtshilfe-ost.freshteam.com/hire/widgets/jobs.json")]
    public void Reads_the_subdomain_as_the_board(string url)
    {
        var board = new FreshteamTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("freshteam", "rechtshilfe-ost"), (board.Tool, board.Token));
        Assert.Equal(Api, new FreshteamTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://assets.freshteam.com/widget/freshteam-widget.js")]
    [InlineData("https://www.freshteam.com/")]
    [InlineData("https://rechtshilfe-ost.freshteam.com.example.org/jobs")]
    public void Takes_no_board_from_freshteam_s_own_hosts_or_lookalike_hosts(string url) =>
        Assert.Null(new FreshteamTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://rechtshilfe-ost.freshteam.com/jobs/hSxg4mQz/rechtsanwalt-m-w-d-asyl-und-aufenthaltsrecht", true)]
    [InlineData("https://rechtshilfe-ost.freshteam.com/jobs", false)]
    public void Tells_a_posting_s_page_from_the_board(string url, bool isPosting) =>
        Assert.Equal(isPosting, new FreshteamTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Places_each_job_at_its_branch_and_leaves_deleted_jobs_out()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("freshteam", "rechtshilfe-ost-widget-jobs-de").Page());

        Assert.NotNull(outcome);
        Assert.Equal(["Rechtsanwalt (m/w/d) Asyl- und Aufenthaltsrecht", "Sozialarbeiter*in in der Verfahrensberatung"], outcome.Postings.Select(p => p.Title));
        var lawyer = outcome.Postings[0];
        Assert.Equal("Leipzig, Germany", lawyer.Location);
        Assert.Equal("2025-05-06", lawyer.DatePosted);
        Assert.Null(lawyer.EmploymentType);
        Assert.Contains("4.200 € brutto im Monat", lawyer.SalaryText, StringComparison.Ordinal);
        Assert.Equal("Deutschland (Remote)", outcome.Postings[1].Location);
        Assert.StartsWith("<p>Begleitung", outcome.Postings[1].DescriptionHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Builds_the_place_from_the_branch_s_parts_and_the_page_from_the_unique_id()
    {
        const string body = """{"jobs": [{"title": "Paralegal", "unique_id": "Ab12Cd34", "branch_id": 3, "remote": false}], "branches": [{"id": 3, "city": "Dresden", "state": "Sachsen", "country_code": "de"}], "job_roles": []}""";

        var outcome = await HiringToolRun.ExtractAsync(new PageContent(Api, Encoding.UTF8.GetBytes(body), "application/json"));

        Assert.NotNull(outcome);
        var posting = Assert.Single(outcome.Postings);
        Assert.Equal("Dresden, Sachsen, DE", posting.Location);
        Assert.Equal(new Uri("https://rechtshilfe-ost.freshteam.com/jobs/Ab12Cd34"), posting.Url);
    }

    [Theory]
    [InlineData("""{"jobs": "none"}""")]
    [InlineData("""{"jobs": [{"title": """)]
    [InlineData("""<html><body>Page not found</body></html>""")]
    public async Task An_answer_that_is_not_a_widget_feed_is_no_board_and_throws_nothing(string body)
    {
        var page = new PageContent(Api, Encoding.UTF8.GetBytes(body), "application/json");

        Assert.False(new FreshteamTool().IsApiResponse(page));
        var outcome = await HiringToolRun.ExtractAsync(page);
        Assert.True(outcome is null || outcome.Postings.Count == 0);
    }

    [Fact]
    public void Its_board_host_is_a_hiring_tool_s_for_discovery() =>
        Assert.Equal("Freshteam", HiringToolHosts.Tool("rechtshilfe-ost.freshteam.com"));
}
