using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Scraper.Tests.Scraping;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Tests.Budgets;

/// <summary>A listing page with more elements than <see cref="NestingLimit.MaxElements"/> is read up to them only, and
/// the run reports its listing truncated (which closes nothing), saying why; a page under the limit is read whole. The
/// posting cap is lifted so that the element limit is what stops the run. Served over real HTTP on loopback.</summary>
public sealed class ElementCapTests : IAsyncLifetime
{
    private const string NoPostingCap = "100000";
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_listing_with_more_elements_than_the_limit_gives_the_postings_before_the_cut_and_closes_nothing()
    {
        // 4 elements a job block: 12,000 blocks are 48,000 elements.
        _site.MapText("/careers/", HostilePages.FlatListing(12_000));

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source(),
            ("Scraper:MaxDetailPages", "0"), ("Scraper:MaxPostingsPerRun", NoPostingCap));

        Assert.InRange(postings.Count, 9_000, NestingLimit.MaxElements / 4);
        Assert.Contains(postings, p => p.Title == "Staff Attorney 0");
        Assert.DoesNotContain(postings, p => p.Title == "Staff Attorney 11999");
        Assert.True(completed.ListingTruncated);
        Assert.Contains("has more than 40000 elements; only the first 40000 were read", completed.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listing_under_the_element_limit_is_read_whole_and_not_cut_short()
    {
        _site.MapText("/careers/", HostilePages.FlatListing(9_000));

        var (postings, completed) = await ConsumerRun.ScrapeAsync(Source(),
            ("Scraper:MaxDetailPages", "0"), ("Scraper:MaxPostingsPerRun", NoPostingCap));

        Assert.Equal(9_000, postings.Count);
        Assert.Contains(postings, p => p.Title == "Staff Attorney 8999");
        Assert.False(completed.ListingTruncated);
        Assert.Null(completed.Explanation);
    }

    private SourceDefinition Source() =>
        new("element-cap-test", "Example Innocence Project", _site.Url("/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);
}
