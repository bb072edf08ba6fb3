using JobAggregator.Contracts;
using JobAggregator.Sources;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>The scraper role kept running across several runs of one source, as in production, so that what it
/// remembers between runs (validators, the last read of a listing) counts: ScrapeRequested through the real consumer on
/// MassTransit's test harness, with the production HTTP client.</summary>
internal sealed class ScraperRole : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly ITestHarness _harness;
    private readonly SourceDefinition _source;

    private ScraperRole(ServiceProvider provider, SourceDefinition source)
    {
        _provider = provider;
        _harness = provider.GetRequiredService<ITestHarness>();
        _source = source;
    }

    /// <param name="settings">Scraper settings over the test defaults (no delay between requests, one quick retry).</param>
    public static async Task<ScraperRole> StartAsync(SourceDefinition source, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Scraper:MinDelayPerHostMilliseconds"] = "0",
                ["Scraper:MaxRetries"] = "1",
                ["Scraper:RetryBaseDelayMilliseconds"] = "10",
            })
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddScraper()
            .AddSingleton(new SourceCatalog("/tests/sources.yaml", [source]))
            .AddMassTransitTestHarness(bus => bus.AddScraperConsumers())
            .BuildServiceProvider(true);
        var role = new ScraperRole(provider, source);
        await role._harness.Start();
        return role;
    }

    /// <summary>One run: what it published and how it completed (a failed run fails the test).</summary>
    public async Task<(IReadOnlyList<PostingScraped> Postings, ScrapeCompleted Completed)> RunAsync()
    {
        var runId = Guid.NewGuid();
        await _harness.Bus.Publish(new ScrapeRequested(_source.Id, runId, DateTimeOffset.UtcNow, "test"), TestContext.Current.CancellationToken);
        var ended = await _harness.PublishedAsync<object>(
            $"run {runId} of source '{_source.Id}' to complete or fail",
            m => m is ScrapeCompleted c && c.ScrapeRunId == runId || m is ScrapeFailed f && f.ScrapeRunId == runId);
        if (ended is ScrapeFailed failed)
        {
            Assert.Fail($"the run did not complete: {failed.Reason}");
        }

        // The run publishes its postings before it completes, so all of them are there by now.
        var postings = _harness.PublishedSoFar<PostingScraped>().Where(p => p.ScrapeRunId == runId).ToList();
        return (postings, (ScrapeCompleted)ended);
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();
}
