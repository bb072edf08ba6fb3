using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class JobylonToolTests
{
    private const string Hash = "5c1f0e7a9d2b4c8e8a6f3b1d2e4c6a80";

    [Theory]
    [InlineData("https://feed.jobylon.com/feeds/" + Hash + "/")]
    [InlineData("https://feed.jobylon.com/feeds/" + Hash + "/?format=json")]
    public void Reads_the_feed_s_hash_and_asks_for_json(string url)
    {
        var board = new JobylonTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("jobylon", Hash), (board.Tool, board.Token));
        Assert.Equal(new Uri($"https://feed.jobylon.com/feeds/{Hash}/?format=json"), new JobylonTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.jobylon.com/")]
    [InlineData("https://emp.jobylon.com/jobs/218841-rattighetsbyran-jurist-inom-migrationsratt/")]
    [InlineData("https://feed.jobylon.com.example.org/feeds/" + Hash + "/")]
    public void Takes_no_board_from_an_ad_the_tool_s_site_or_lookalike_hosts(string url) =>
        Assert.Null(new JobylonTool().Recognize(new Uri(url)));

    [Fact]
    public void Reads_an_ad_on_the_tool_s_host_as_a_posting_page() =>
        Assert.True(new JobylonTool().IsPostingPage(new Uri("https://emp.jobylon.com/jobs/218841-rattighetsbyran-jurist-inom-migrationsratt/")));

    [Fact]
    public async Task Names_the_employer_the_feed_gives_and_joins_the_ad_with_its_skills()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("jobylon", "rattighetsbyran-feed").Page());

        Assert.NotNull(outcome);
        var jurist = outcome.Postings[0];
        Assert.Equal(("Jurist inom migrationsrätt", "Rättighetsbyrån", "Stockholm, Sweden", "Heltid"), (jurist.Title, jurist.Organization, jurist.Location, jurist.EmploymentType));
        Assert.Contains("<li>Juristexamen</li>", jurist.DescriptionHtml, StringComparison.Ordinal);
        Assert.Equal(new Uri("https://emp.jobylon.com/applications/jobs/218841/create/"), jurist.ApplyUrl);
    }

    [Fact]
    public async Task A_feed_answer_in_xml_is_told_as_not_json()
    {
        var api = new Uri($"https://feed.jobylon.com/feeds/{Hash}/?format=json");
        var page = new PageContent(new Uri("https://www.rattighetsbyran.example/lediga-jobb"),
            Encoding.UTF8.GetBytes($"""<html><body><a href="https://feed.jobylon.com/feeds/{Hash}/">Jobb</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(api, Encoding.UTF8.GetBytes("<jobs><job><id>1</id></job></jobs>"), "application/json");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(api.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", warning, StringComparison.Ordinal);
    }
}
