using JobAggregator.Scraper.Discovery;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Tests.Discovery;

public sealed class DiscoveredPagesTests
{
    private static readonly Uri Website = new("https://example.org/");

    private readonly ClockFake _clock = new();
    private readonly DiscoveredPages _pages;
    private int _searches;

    public DiscoveredPagesTests() => _pages = new DiscoveredPages(Options.Create(new DiscoveryOptions()), _clock);

    private static DiscoveryResult Found(Uri? website = null) =>
        new(website ?? Website, [new CareersPageCandidate(new Uri("https://example.org/careers/"), 16, CandidateOrigin.Link, "link \"Careers\"")], 1, null);

    private static DiscoveryResult NothingFound() => new(Website, [], 2, "no link on the home page looks like a careers or jobs page");

    private Task<DiscoveryResult> Get(Func<DiscoveryResult> search, Uri? website = null) =>
        _pages.GetOrFindAsync("ipf", website ?? Website, _ =>
        {
            _searches++;
            return Task.FromResult(search());
        }, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Remembers_a_found_page_for_seven_days_by_default()
    {
        await Get(() => Found());
        _clock.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        var remembered = await Get(() => Found());
        _clock.Advance(TimeSpan.FromMinutes(2));
        await Get(() => Found());

        Assert.Equal(new Uri("https://example.org/careers/"), remembered.Best?.Url);
        Assert.Equal(2, _searches);
    }

    [Fact]
    public async Task Remembers_finding_nothing_for_a_day_by_default()
    {
        await Get(NothingFound);
        _clock.Advance(TimeSpan.FromHours(23));
        await Get(NothingFound);
        _clock.Advance(TimeSpan.FromHours(2));
        await Get(NothingFound);

        Assert.Equal(2, _searches);
    }

    [Fact]
    public async Task Honours_a_configured_lifetime()
    {
        var pages = new DiscoveredPages(Options.Create(new DiscoveryOptions { RememberFor = TimeSpan.FromHours(1) }), _clock);
        pages.Remember("ipf", Found());

        _clock.Advance(TimeSpan.FromMinutes(61));

        Assert.False(pages.TryGet("ipf", Website, out _));
    }

    [Fact]
    public async Task Searches_again_when_the_sources_website_changed()
    {
        await Get(() => Found());

        var moved = new Uri("https://new.example.org/");
        var result = await Get(() => Found(moved), moved);

        Assert.Equal(moved, result.Website);
        Assert.Equal(2, _searches);
    }

    [Fact]
    public async Task Forgets_on_request()
    {
        await Get(() => Found());

        _pages.Forget("ipf");
        await Get(() => Found());

        Assert.Equal(2, _searches);
    }

    [Fact]
    public void Keeps_each_source_apart()
    {
        _pages.Remember("ipf", Found());

        Assert.True(_pages.TryGet("ipf", Website, out _));
        Assert.False(_pages.TryGet("gip", Website, out _));
    }
}
