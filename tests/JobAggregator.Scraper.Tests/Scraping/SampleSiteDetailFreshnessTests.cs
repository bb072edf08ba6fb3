using JobAggregator.SampleSites;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>The case the issue saw: the Ohio sample's pay changed only on its detail page, its one-page listing
/// unchanged (the sample server's own ETag and Last-Modified answer 304). A private copy of the sample sites on a free
/// loopback port, the demo's sources file, one scraper across runs.</summary>
public sealed class SampleSiteDetailFreshnessTests : IAsyncLifetime
{
    private const string Pay = "$17.89 – $50.98 per hour";
    private readonly string _directory = Directory.CreateTempSubdirectory("jobaggregator-freshness-").FullName;
    private SampleSitesServer _server = null!;
    private ServiceProvider _services = null!;
    private SourceDefinition _ohio = null!;

    private string DetailPage => Path.Combine(_directory, "sites", "ohio-public-defender", "jobs", "190007WE", "index.html");

    public async ValueTask InitializeAsync()
    {
        SampleSitesServer.CopyTo(Path.Combine(_directory, "sites"));
        _server = await SampleSitesServer.StartAsync("http://127.0.0.1:0", Path.Combine(_directory, "sites"));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SampleSites:BaseUrl"] = _server.BaseUrl.AbsoluteUri.TrimEnd('/'),
            ["Scraper:MaxRetries"] = "1",
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
        }).Build();
        var catalog = SourcesFileLoader.Load(Path.Combine(AppContext.BaseDirectory, "sources.sample.yaml"), name => configuration[name]);
        _ohio = catalog.Find("ohio-public-defender")!;
        _services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddScraper().BuildServiceProvider();
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_pay_change_on_the_Ohio_detail_page_is_read_although_its_listing_answers_304()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var first = await _services.GetRequiredService<SourceScraper>().ScrapeAsync(_ohio, cancellation);
        var html = await File.ReadAllTextAsync(DetailPage, cancellation);
        Assert.Contains(Pay, html, StringComparison.Ordinal);
        await File.WriteAllTextAsync(DetailPage, html.Replace(Pay, "$19.25 – $55.10 an hour", StringComparison.Ordinal), cancellation);
        File.SetLastWriteTimeUtc(DetailPage, DateTime.UtcNow.AddHours(1));

        var second = await _services.GetRequiredService<SourceScraper>().ScrapeAsync(_ohio, cancellation);

        Assert.Equal(Pay, Assert.Single(first.Postings).SalaryText);
        Assert.True(second.DetailPagesRevalidated);
        Assert.False(second.NotModified);
        Assert.Equal("$19.25 – $55.10 an hour", Assert.Single(second.Postings).SalaryText);
    }

    [Fact]
    public async Task An_unchanged_Ohio_sample_is_not_modified_on_the_next_run()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await _services.GetRequiredService<SourceScraper>().ScrapeAsync(_ohio, cancellation);

        var second = await _services.GetRequiredService<SourceScraper>().ScrapeAsync(_ohio, cancellation);

        Assert.True(second.DetailPagesRevalidated);
        Assert.True(second.NotModified);
        Assert.Empty(second.Postings);
    }
}
