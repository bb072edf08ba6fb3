using System.Text.RegularExpressions;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Scraper.Tests.Scraping;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Budgets;

/// <summary>A description nested 100,000 divs deep (the probe's JSON-LD page) is published nested no deeper than the
/// page limit, so the normaliser's parse of it stays cheap; its text is kept. Over real HTTP on loopback.</summary>
public sealed partial class DescriptionNestingTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_json_ld_description_of_100000_nested_divs_is_published_no_deeper_than_256_and_keeps_its_text()
    {
        _site.MapText("/jobs/staff-attorney/", HostilePages.NestedJsonLdDescription());
        var source = new SourceDefinition("nesting-test", "Example Innocence Project", _site.Url("/jobs/staff-attorney/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);

        var (postings, _) = await ConsumerRun.ScrapeAsync(source, ("Scraper:MaxDetailPages", "0"));

        var description = Assert.Single(postings).DescriptionHtml;
        Assert.Contains("Represent clients.", description, StringComparison.Ordinal);
        Assert.InRange(DivStart().Count(description!), 1, 256);
    }

    [GeneratedRegex("<div>")]
    private static partial Regex DivStart();
}
