using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

/// <summary>A job plugin's grid (WPJobBoard's <c>wpjb-grid-row</c>): each row's columns hold the title link, the place, and
/// a date without a year over the contract; one row promoted by a state class.</summary>
public sealed class GridRowsTests
{
    private static readonly Uri Page = new("https://members.test/offres/");

    [Theory]
    [InlineData("fr", "wpjb-featured", "Juriste (H/F)", "Chargé·e de plaidoyer", "Marseille", "2 déc.", "24 novembre 2026", "2026-12-02")]
    [InlineData("en", "job_listing-featured", "Staff Attorney", "Senior Caseworker", "Leeds", "Dec 2", "November 24, 2026", "2026-12-02")]
    [InlineData("de", "wpjb-sticky", "Jurist*in (m/w/d)", "Sozialarbeiter*in (m/w/d)", "Kassel", "2. Dez.", "24. November 2026", "2026-12-02")]
    [InlineData("es", "wpjb-highlighted", "Abogado/a", "Trabajador/a social", "Sevilla", "20 nov.", "24 de noviembre de 2026", "2026-11-20")]
    [InlineData("nl", "wpjb-promoted", "Jurist", "Sociaal werker", "Utrecht", "2 dec.", "24 november 2026", "2026-12-02")]
    public void Each_row_is_an_opening_s_block_though_one_is_promoted(string language, string state, string first, string second, string town,
        string date, string pageDate, string posted)
    {
        var html = $"""
            <html lang="{language}"><body><main><h1>Jobs</h1><div class="wpjb wpjb-job-list wpjb-grid">
            {Row($"wpjb-grid-row {state}", "/offres/a/", first, town, date)}
            {Row("wpjb-grid-row", "/offres/b/", second, town, date)}
            {Row("wpjb-grid-row", "/offres/c/", $"{second} II", town, date)}
            </div></main><aside><ul><li><a href="/news/1">News</a><span class="post-date">{pageDate}</span></li></ul></aside></body></html>
            """;

        var drafts = ListingHeuristicsStrategy.Extract(Html.Parse(html), Page);

        Assert.Equal([first, second, $"{second} II"], drafts.Select(d => d.Title));
        Assert.All(drafts, d => Assert.Equal(town, d.Location));
        Assert.All(drafts, d => Assert.Equal(posted, d.DatePosted));
    }

    private static string Row(string classes, string href, string title, string town, string date) => $"""
        <div class="{classes}"><div class="wpjb-grid-col wpjb-col-main wpjb-col-title"><span class="wpjb-line-major"><a href="{href}">{title}</a></span></div>
        <div class="wpjb-grid-col wpjb-col-location"><span class="wpjb-line-major">{town}</span></div>
        <div class="wpjb-grid-col wpjb-grid-col-right"><span class="wpjb-line-major">{date}</span></div></div>
        """;
}
