using System.Text;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Tests.HiringTools;

public sealed class HomerunToolTests
{
    private static readonly Uri Feed = new("https://feed.homerun.co/pro-deo-advocatencollectief");

    [Theory]
    [InlineData("https://pro-deo-advocatencollectief.homerun.co/")]
    [InlineData("https://pro-deo-advocatencollectief.homerun.co/advocaat-strafrecht/nl")]
    [InlineData("https://feed.homerun.co/pro-deo-advocatencollectief")]
    public void Reads_the_slug_from_a_career_page_posting_or_feed_url(string url)
    {
        var board = new HomerunTool().Recognize(new Uri(url));

        Assert.NotNull(board);
        Assert.Equal(("homerun", "pro-deo-advocatencollectief"), (board.Tool, board.Token));
        Assert.Equal(Feed, new HomerunTool().ApiUrl(board));
    }

    [Theory]
    [InlineData("https://www.homerun.co/")]
    [InlineData("https://cdn.homerun.co/widget.js")]
    [InlineData("https://feed.homerun.co/")]
    [InlineData("https://pro-deo-advocatencollectief.homerun.co.example.org/")]
    public void Takes_no_board_from_the_tool_s_own_hosts_or_lookalikes(string url) =>
        Assert.Null(new HomerunTool().Recognize(new Uri(url)));

    [Theory]
    [InlineData("https://pro-deo-advocatencollectief.homerun.co/advocaat-strafrecht/nl", true)]
    [InlineData("https://pro-deo-advocatencollectief.homerun.co/", false)]
    [InlineData("https://feed.homerun.co/pro-deo-advocatencollectief", false)]
    public void Tells_a_posting_s_page_from_the_board_and_its_feed(string url, bool isPosting) =>
        Assert.Equal(isPosting, new HomerunTool().IsPostingPage(new Uri(url)));

    [Fact]
    public async Task Reads_the_named_place_type_and_pay_indication_and_gives_no_publication_date()
    {
        var outcome = await HiringToolRun.ExtractAsync(HiringToolCorpus.Case("homerun", "pro-deo-advocaten-collectief-feed").Page());

        Assert.NotNull(outcome);
        var advocaat = outcome.Postings[0];
        Assert.Equal(("Pro Deo Advocatencollectief", "Utrecht", "Fulltime"), (advocaat.Organization, advocaat.Location, advocaat.EmploymentType));
        Assert.Equal("€4.200 - €5.600 per maand", advocaat.SalaryText);
        Assert.StartsWith("<p>Sta verdachten bij", advocaat.DescriptionHtml, StringComparison.Ordinal);
        Assert.Null(advocaat.DatePosted);
        Assert.Equal("Remote", outcome.Postings[1].Location);
    }

    [Fact]
    public void Leaves_a_plain_atom_feed_to_the_feed_strategy()
    {
        var atom = new PageContent(new Uri("https://www.prodeo.example/feed.atom"), Encoding.UTF8.GetBytes("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Nieuws</title>
              <entry><title>Vacature: advocaat</title><link href="https://www.prodeo.example/vacature"/><id>1</id><updated>2025-03-01T00:00:00Z</updated></entry>
            </feed>
            """), "application/atom+xml");

        Assert.False(new HomerunTool().IsApiResponse(atom));
    }

    [Fact]
    public async Task A_feed_answer_that_is_no_feed_is_told_with_its_url()
    {
        var page = new PageContent(new Uri("https://www.prodeo.example/werken-bij"),
            Encoding.UTF8.GetBytes("""<html><body><a href="https://pro-deo-advocatencollectief.homerun.co/">Vacatures</a></body></html>"""), "text/html");
        var fetcher = new RecordingPageFetcherFake().Serving(Feed, Encoding.UTF8.GetBytes("<html><body>Not found</body></html>"), "text/html");
        var logger = new CapturedLogger();

        await HiringToolRun.ExtractAsync(page, fetcher, logger);

        var warning = Assert.Single(logger.Warnings);
        Assert.Contains(Feed.AbsoluteUri, warning, StringComparison.Ordinal);
        Assert.Contains("homerun", warning, StringComparison.Ordinal);
    }
}
