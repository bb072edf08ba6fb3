using JobAggregator.Contracts;
using JobAggregator.Sources;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>One scrape run as the scraper role does it: ScrapeRequested through the real consumer on MassTransit's
/// test harness, with the production HTTP client, and what the run published.</summary>
internal static class ConsumerRun
{
    /// <param name="settings">Scraper settings over the test defaults (no delay between requests, one quick retry).</param>
    public static async Task<(IReadOnlyList<PostingScraped> Postings, ScrapeCompleted Completed)> ScrapeAsync(
        SourceDefinition source, params (string Key, string Value)[] settings)
    {
        var (postings, ended) = await EndAsync(source, _ => { }, settings);
        if (ended is ScrapeFailed failed)
        {
            Assert.Fail($"the run did not complete: {failed.Reason}");
        }

        return (postings, (ScrapeCompleted)ended);
    }

    /// <summary>The run's postings and how it ended: ScrapeCompleted or ScrapeFailed.</summary>
    /// <param name="services">More services over the scraper's own (the strategies that read a page, say).</param>
    /// <param name="settings">Scraper settings over the test defaults (no delay between requests, one quick retry).</param>
    public static async Task<(IReadOnlyList<PostingScraped> Postings, object Ended)> EndAsync(
        SourceDefinition source, Action<IServiceCollection> services, params (string Key, string Value)[] settings)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Scraper:MinDelayPerHostMilliseconds"] = "0",
                ["Scraper:MaxRetries"] = "1",
                ["Scraper:RetryBaseDelayMilliseconds"] = "10",
            })
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddScraper()
            .AddSingleton(new SourceCatalog("/tests/sources.yaml", [source]));
        services(collection);
        await using var provider = collection
            .AddMassTransitTestHarness(bus => bus.AddScraperConsumers())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new ScrapeRequested(source.Id, Guid.NewGuid(), DateTimeOffset.UtcNow, "test"), cancellation);

        var ended = await harness.PublishedAsync<object>(
            $"the run of source '{source.Id}' to complete or fail", m => m is ScrapeCompleted or ScrapeFailed);

        // The run publishes its postings before it ends, so all of them are there by now.
        return (harness.PublishedSoFar<PostingScraped>(), ended);
    }
}
