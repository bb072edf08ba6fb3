using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A member's page embedding a classic iCIMS portal's iframe, read over real HTTP on loopback (the portal's host
/// resolved there): the list page is asked for as the iframe asks, its pages followed, and each posting's own page read
/// for its ad.</summary>
public sealed class IcimsPortalOverHttpTests : IAsyncLifetime
{
    private const string Host = "careers-legalaidozarks.icims.com";
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        var portal = $"http://{Host}:{_site.Port}";
        _site.MapText("/about/employment/", $"""
            <html><head><title>Employment</title></head><body><main><h1>Employment</h1>
            <iframe id="icims_content_iframe" title="iCIMS Content iFrame"
              src="{portal}/jobs/search?ss=1&amp;in_iframe=1&amp;hashed=-435682337&amp;mobile=false&amp;width=1140"></iframe></main></body></html>
            """);
        _site.MapText("/jobs/search?ss=1&in_iframe=1", ListPage(portal, ("1187", "Staff Attorney", "US-MO-Springfield"), ("1190", "Paralegal", "US-MO-Joplin"))
            .Replace("<head>", $"<head><link rel=\"next\" href=\"{portal}/jobs/search?pr=1&amp;ss=1&amp;in_iframe=1\">", StringComparison.Ordinal));
        _site.MapText("/jobs/search?pr=1&ss=1&in_iframe=1", ListPage(portal, ("1201", "Intake Specialist", "US-AR-Fayetteville")));
        foreach (var (id, title) in new[] { ("1187", "Staff Attorney"), ("1190", "Paralegal"), ("1201", "Intake Specialist") })
        {
            _site.MapText($"/jobs/{id}/{Slug(title)}/job?in_iframe=1", $$$"""
                <html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"{{{title}}}",
                "description":"<p>{{{title}}} in our housing unit.</p>","datePosted":"2026-11-02","employmentType":"FULL_TIME",
                "hiringOrganization":{"@type":"Organization","name":"Legal Aid of the Ozarks"}}</script></head>
                <body><div class="iCIMS_JobContent"><h1>{{{title}}}</h1><p>{{{title}}} in our housing unit.</p></div></body></html>
                """);
        }
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Every_opening_of_the_portal_is_read_from_its_list_pages_and_its_own_page()
    {
        var (postings, completed) = await WorkdayBoardOverHttpTests.ScrapeThroughAsync(_site, Host,
            new SourceDefinition("legal-aid-ozarks", "Legal Aid of the Ozarks", _site.Url("/about/employment/"), SourceDefinition.DefaultSchedule,
                ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true));

        Assert.Equal(3, completed.PostingKeys.Count);
        Assert.Equal("icims", completed.ExtractedBy);
        var intake = Assert.Single(postings, p => p.Title == "Intake Specialist");
        Assert.Equal("Fayetteville, AR, US", intake.LocationText);
        Assert.Equal("<p>Intake Specialist in our housing unit.</p>", intake.DescriptionHtml);
        Assert.Equal($"http://{Host}:{_site.Port}/jobs/1201/intake-specialist/job?in_iframe=1", intake.Url);
        Assert.Single(_site.RequestsTo("/jobs/search?ss=1&in_iframe=1"));
        Assert.All(_site.Requests, r => Assert.Equal("GET", r.Method));
    }

    private static string Slug(string title) => title.ToLowerInvariant().Replace(' ', '-');

    private static string ListPage(string portal, params (string Id, string Title, string Place)[] rows) => $"""
        <html><head><title>Search results</title></head><body class="iCIMS_ListingsPage"><div class="container-fluid iCIMS_JobsTable">
        {string.Concat(rows.Select(r => $"""
            <div class="row">
              <div class="col-xs-12 title"><a href="{portal}/jobs/{r.Id}/{Slug(r.Title)}/job?in_iframe=1" class="iCIMS_Anchor">
                <span class="sr-only field-label">Title</span><h3>{r.Title}</h3></a></div>
              <div class="col-xs-6 header left"><span class="sr-only field-label">Job Locations</span><span>{r.Place}</span></div>
            </div>
            """))}
        </div></body></html>
        """;
}
