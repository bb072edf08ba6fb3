using System.Text;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>A page whose only way to its openings is a board whose list gives nothing here (a Workday site or a classic
/// iCIMS portal whose list cannot be read, Comeet's widget without its token) gives no postings, and the reason names
/// the board instead of saying there is none.</summary>
public sealed class UnreadBoardReportTests
{
    [Theory]
    [InlineData("""<a class="wp-block-button__link" href="https://cascadiapd.wd1.myworkdayjobs.com/en-US/CPD_External">View all openings</a>""",
        "workday board 'cascadiapd' (https://cascadiapd.wd1.myworkdayjobs.com/CPD_External)", null,
        "https://cascadiapd.wd1.myworkdayjobs.com/wday/cxs/cascadiapd/CPD_External/jobs")]
    [InlineData("""<a href="https://ccpd.wd5.myworkdayjobs.com/de-DE/Karriere">Alle Stellen ansehen</a>""", "workday board 'ccpd'", null,
        "https://ccpd.wd5.myworkdayjobs.com/wday/cxs/ccpd/Karriere/jobs")]
    [InlineData("""<iframe id="icims_content_iframe" src="https://careers-legalaidozarks.icims.com/jobs/search?ss=1&amp;in_iframe=1&amp;hashed=-435682337"></iframe>""",
        "icims board 'legalaidozarks' (https://careers-legalaidozarks.icims.com/jobs)", "https://careers-legalaidozarks.icims.com/jobs/search?ss=1&in_iframe=1", null)]
    [InlineData("""<script>COMEET.init({ "company-uid": "93.00C" });</script>""", "comeet board '93.00C'", null, null)]
    public async Task Names_the_board_whose_list_gave_nothing(string embed, string named, string? got, string? posted)
    {
        var fetcher = new RecordingPageFetcherFake();

        var extraction = await ExtractAsync($"<h1>Join our team</h1><p>We are an equal opportunity employer.</p>{embed}", fetcher);

        Assert.Empty(extraction.Postings);
        Assert.Equal(NoPostingsReasons.NoListing, extraction.NoPostingsReason);
        Assert.Contains(named, extraction.Explanation, StringComparison.Ordinal);
        Assert.Equal(got is null ? [] : [new Uri(got)], fetcher.Requested);
        Assert.Equal(posted is null ? [] : [new Uri(posted)], fetcher.Posted.Select(p => p.Url));
    }

    [Fact]
    public async Task A_page_with_no_board_still_says_it_has_none()
    {
        var extraction = await ExtractAsync("<h1>About us</h1><p>We defend people who cannot afford a lawyer.</p>", new RecordingPageFetcherFake());

        Assert.Equal(NoPostingsReasons.NoListing, extraction.NoPostingsReason);
        Assert.Contains("no hiring-tool board", extraction.Explanation, StringComparison.Ordinal);
    }

    private static Task<PageExtraction> ExtractAsync(string main, RecordingPageFetcherFake fetcher)
    {
        var page = new PageContent(new Uri("https://www.example.org/join-our-team/"),
            Encoding.UTF8.GetBytes($"<html><head><title>Join our team</title></head><body><main>{main}</main></body></html>"), "text/html; charset=utf-8");
        return new AutoExtractor().ExtractAsync(page, HiringToolRun.Context(page.Url, fetcher), TestContext.Current.CancellationToken);
    }
}
