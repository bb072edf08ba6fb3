using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class SoftgardenToolTests
{
    [Theory]
    [InlineData("https://jugendhilfe-rheinland.career.softgarden.de/?l=de", "https://jugendhilfe-rheinland.career.softgarden.de/jobs.feed.json")]
    [InlineData("https://jugendhilfe-rheinland.softgarden.io/de/vacancies", "https://jugendhilfe-rheinland.softgarden.io/jobs.feed.json")]
    public void Reads_the_career_site_and_asks_its_feed(string url, string feed)
    {
        var board = new SoftgardenTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("softgarden", "jugendhilfe-rheinland"), (board.Tool, board.Token));
        Assert.Equal(new Uri(feed), new SoftgardenTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://softgarden.de/")]
    [InlineData("https://www.softgarden.io/")]
    [InlineData("https://jugendhilfe-rheinland.career.softgarden.de.example.org/")]
    public void Takes_no_board_from_the_tool_s_site_or_lookalike_hosts(string url) =>
        Assert.Null(new SoftgardenTool().Recognize(new Uri(url)));

    [Fact]
    public async Task Reads_the_feed_s_job_postings_as_schema_org_data_with_calendar_dates()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("softgarden", "jugendhilfe-rheinland-jobs-feed").Page());

        Assert.NotNull(outcome);
        var erzieher = outcome.Postings[0];
        Assert.Equal(("Jugendhilfe Rheinland e.V.", "Köln, Nordrhein-Westfalen, Deutschland", "FULL_TIME"), (erzieher.Organization, erzieher.Location, erzieher.EmploymentType));
        Assert.Equal(("2025-03-05", "2025-04-30"), (erzieher.DatePosted, erzieher.ValidThrough));
        Assert.Equal((3300m, 3900m, "EUR", "MONTH"), (erzieher.Salary?.Min, erzieher.Salary?.Max, erzieher.Salary?.Currency, erzieher.Salary?.UnitText));
    }

    [Fact]
    public async Task A_feed_on_the_organisation_s_own_domain_is_told_by_its_content()
    {
        var feed = HiringToolCorpus.Case("softgarden", "jugendhilfe-rheinland-jobs-feed").Page();
        var page = new PageContent(new Uri("https://karriere.jugendhilfe-rheinland.example/jobs.feed.json"), Encoding.UTF8.GetBytes(feed.Text), "application/json");

        var outcome = await HiringToolRun.ExtractAsync(page);

        Assert.Equal(("softgarden", 2), (outcome?.Strategy, outcome?.Postings.Count));
    }

    [Fact]
    public async Task A_feed_answered_with_a_page_is_told_as_not_json()
    {
        var api = new Uri("https://jugendhilfe-rheinland.career.softgarden.de/jobs.feed.json");
        var page = new PageContent(new Uri("https://www.jugendhilfe-rheinland.example/karriere"),
            Encoding.UTF8.GetBytes("""<html><body><iframe src="https://jugendhilfe-rheinland.career.softgarden.de/?l=de"></iframe></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(api, Encoding.UTF8.GetBytes("<html><body>Wartungsarbeiten</body></html>"), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(api.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", warning, StringComparison.Ordinal);
    }
}
