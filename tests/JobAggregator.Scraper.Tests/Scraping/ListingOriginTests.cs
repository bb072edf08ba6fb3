using JobAggregator.Scraper.Tests.HiringTools;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>ScrapeCompleted says whether the listing came from a hiring tool's API or a feed (whose omission of a
/// posting the store trusts at once) or from an HTML page: saved responses served over loopback and scraped through
/// the consumer.</summary>
public sealed class ListingOriginTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData("greenhouse", "innocence-project-board-content", true)]
    [InlineData("lever", "mid-atlantic-postings", true)]
    [InlineData("ashby", "exoneration-project-board", true)]
    [InlineData("workable", "innocence-canada-widget", true)]
    [InlineData("smartrecruiters", "innocence-project-texas-postings", true)]
    [InlineData("recruitee", "knoops-innocence-offers", true)]
    [InlineData("bamboohr", "georgia-innocence-careers-list", true)]
    [InlineData("personio", "innocence-project-france-positions", true)]
    [InlineData("teamtailor", "appeal-jobs", true)]
    [InlineData("rss", "ipno-careers-job-namespace", true)]
    [InlineData("atom", "center-on-wrongful-convictions-opportunities", true)]
    [InlineData("json-feed", "griffith-innocence-opportunities", true)]
    [InlineData("json-ld", "ohio-public-defender-graph", false)]
    [InlineData("microdata", "kentucky-innocence-openings", false)]
    [InlineData("rdfa", "wisconsin-innocence-fellow", false)]
    [InlineData("wordpress", "centurion-careers", false)]
    [InlineData("phenom", "metropolitan-public-defender-search", false)]
    [InlineData("paylocity", "innocence-project-florida-recruiting", false)]
    public async Task Says_whether_the_listing_came_from_an_api_or_feed(string kind, string name, bool apiOrFeed)
    {
        var saved = HiringToolCorpus.Case(kind, name);
        var path = $"/{kind}/{Path.GetFileName(saved.BodyPath)}";
        _site.Map(path, async context =>
        {
            context.Response.ContentType = saved.ContentType;
            await context.Response.Body.WriteAsync(saved.Body, context.RequestAborted);
        });

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source(_site.Url(path)));

        Assert.Equal(saved.Strategy, completed.ExtractedBy);
        Assert.NotEmpty(postings);
        Assert.Equal(apiOrFeed, completed.ListedByApiOrFeed);
    }

    [Fact]
    public async Task A_page_read_with_selectors_is_not_an_api_or_feed()
    {
        _site.MapText("/careers/", """<html><body><div class="job"><h3>Staff Attorney</h3></div></body></html>""");
        var source = Source(_site.Url("/careers/")) with
        {
            Strategy = ExtractionStrategy.Css,
            Selectors = new SelectorSet { Item = "div.job", Title = "h3" },
        };

        var (postings, completed) = await ConsumerRun.ScrapeAsync(source);

        Assert.Equal("css", completed.ExtractedBy);
        Assert.Single(postings);
        Assert.False(completed.ListedByApiOrFeed);
    }

    private static SourceDefinition Source(Uri url) => new(
        "origin-test", "Example Innocence Project", url, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto,
        Selectors: null, Detail: null, Country: "US", AllowPrivateNetwork: true);
}
