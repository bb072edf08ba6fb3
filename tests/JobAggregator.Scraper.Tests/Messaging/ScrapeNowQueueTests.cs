using JobAggregator.Contracts;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Messaging;

/// <summary>An operator's "scrape now" goes to the scrapers' own queue for it (<see cref="ScrapeNowEndpoint"/>) and runs
/// at once, while scheduled runs hold every slot of the shared queue; a published (scheduled) request is not run a
/// second time from that queue. The scraper on MassTransit's in-memory bus, the pages over real HTTP on loopback.</summary>
public sealed class ScrapeNowQueueTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.MapText("/large/careers/", "<html><body><h1>Careers</h1><p>Many openings</p></body></html>");
        _site.MapText("/asked/careers/", """
            <html><body><ul><li class="job"><a href="/asked/careers/investigator/">Investigator (changed)</a></li></ul></body></html>
            """);
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Scrape_now_runs_while_a_scheduled_run_holds_every_slot_and_a_scheduled_request_runs_once()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var large = new SourceDefinition("large-source", "Large Innocence Project", _site.Url("/large/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);
        var asked = new SourceDefinition("asked-source", "Asked Innocence Project", _site.Url("/asked/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Css, new SelectorSet { Item = "li.job", Title = "a", Link = "a" }, null, Country: "US", AllowPrivateNetwork: true);
        var held = new HeldStrategy(large.Url);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
            ["Scraper:MaxDetailPages"] = "0",
            ["Scraper:ConcurrentScrapes"] = "1",
        }).Build();
        await using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddScraper()
            .AddSingleton(new SourceCatalog("/tests/sources.yaml", [large, asked]))
            .AddSingleton(new AutoExtractor([held]))
            .AddMassTransitTestHarness(bus => bus.AddScraperConsumers())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            await harness.Bus.Publish(new ScrapeRequested(large.Id, Guid.NewGuid(), DateTimeOffset.UtcNow, "schedule"), cancellation);
            await WaitUntilAsync(() => held.Holding, "the scheduled run of the large source to hold the only slot");
            var scheduled = Guid.NewGuid();
            await harness.Bus.Publish(new ScrapeRequested(asked.Id, scheduled, DateTimeOffset.UtcNow, "schedule"), cancellation);

            var operatorRun = Guid.NewGuid();
            var scrapeNow = await harness.Bus.GetSendEndpoint(ScrapeNowEndpoint.Address);
            await scrapeNow.Send(new ScrapeRequested(asked.Id, operatorRun, DateTimeOffset.UtcNow, "operator ada"), cancellation);
            var completed = await harness.PublishedAsync<ScrapeCompleted>("the operator's run to complete", c => c.ScrapeRunId == operatorRun);

            Assert.Equal(asked.Id, completed.SourceId);
            Assert.True(held.Holding, "the scheduled run still holds the shared queue's only slot");
            Assert.DoesNotContain(harness.PublishedSoFar<ScrapeCompleted>(), c => c.ScrapeRunId == scheduled);
            // Had the operators' queue also taken published requests, its one slot would hold the large source too.
            Assert.Equal(1, held.Entered);
        }
        finally
        {
            held.Release();
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + HarnessWaits.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"waited {HarnessWaits.Patience.TotalSeconds:0} s for {what}");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }
}
