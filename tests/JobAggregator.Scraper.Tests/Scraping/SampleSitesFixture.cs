using JobAggregator.SampleSites;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>The bundled sample sites on a free loopback port, the demo's sources file pointed at them, and a scraper
/// with the production HTTP client.</summary>
public sealed class SampleSitesFixture : IAsyncLifetime
{
    private SampleSitesServer _server = null!;
    private ServiceProvider _services = null!;

    public SourceCatalog Catalog { get; private set; } = null!;
    /// <summary>A scraper with a memory of its own, so one test's conditional GET never answers another's
    /// "not modified".</summary>
    internal SourceScraper Scraper => ActivatorUtilities.CreateInstance<SourceScraper>(_services, new JobAggregator.Scraper.Fetching.InMemoryValidatorCache(), new ListingMemory());

    /// <summary>A scraper that may read at most this many listing pages a run.</summary>
    internal SourceScraper ScraperReadingAtMost(int listingPages) => ActivatorUtilities.CreateInstance<SourceScraper>(
        _services,
        new JobAggregator.Scraper.Fetching.InMemoryValidatorCache(),
        new ListingMemory(),
        Microsoft.Extensions.Options.Options.Create(new ScraperOptions
        {
            MaxRetries = 1,
            MinDelayPerHostMilliseconds = 0,
            MaxListingPages = listingPages,
        }));
    public Uri BaseUrl => _server.BaseUrl;

    public async ValueTask InitializeAsync()
    {
        _server = await SampleSitesServer.StartAsync("http://127.0.0.1:0");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SampleSites:BaseUrl"] = _server.BaseUrl.AbsoluteUri.TrimEnd('/'),
            ["Scraper:MaxRetries"] = "1",
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
        }).Build();
        Catalog = SourcesFileLoader.Load(Path.Combine(AppContext.BaseDirectory, "sources.sample.yaml"), name => configuration[name]);
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddScraper()
            .BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }
}
