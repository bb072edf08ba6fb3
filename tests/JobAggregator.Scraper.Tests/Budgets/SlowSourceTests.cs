using JobAggregator.Contracts;
using JobAggregator.Normalizer;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Budgets;

/// <summary>One source whose page keeps its extraction busy (a thread spinning, never awaiting, as on a hostile page)
/// does not delay another source: its changed posting is scraped and normalised while the slow one still runs. The
/// scraper and the normaliser on MassTransit's in-memory bus, both pages over real HTTP on loopback.</summary>
public sealed class SlowSourceTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.MapText("/slow/careers/", "<html><body><h1>Careers</h1><p>Staff Attorney</p></body></html>");
        _site.MapText("/quick/careers/", """
            <html><body><ul><li class="job"><a href="/quick/careers/investigator/">Investigator (changed)</a></li></ul></body></html>
            """);
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Another_source_s_posting_is_normalised_while_a_slow_page_keeps_its_extraction_busy()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var slow = new SourceDefinition("slow-source", "Slow Innocence Project", _site.Url("/slow/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);
        var quick = new SourceDefinition("quick-source", "Quick Innocence Project", _site.Url("/quick/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Css, new SelectorSet { Item = "li.job", Title = "a", Link = "a" }, null, Country: "US", AllowPrivateNetwork: true);
        var spinning = new SpinningStrategy(checksToken: false, only: slow.Url);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
            ["Scraper:MaxDetailPages"] = "0",
            // The slow page is never given up on here: only the other source's progress is in question.
            ["Scraper:MaxExtractSeconds"] = "600",
        }).Build();
        await using var provider = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddScraper()
            .AddSingleton(new SourceCatalog("/tests/sources.yaml", [slow, quick]))
            .AddSingleton(new AutoExtractor([spinning]))
            .AddMassTransitTestHarness(bus =>
            {
                bus.AddScraperConsumers();
                bus.AddNormalizerConsumers();
            })
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        try
        {
            await harness.Bus.Publish(new ScrapeRequested(slow.Id, Guid.NewGuid(), DateTimeOffset.UtcNow, "test"), cancellation);
            await WaitUntilAsync(() => spinning.Spinning, "the slow page's extraction to start");

            await harness.Bus.Publish(new ScrapeRequested(quick.Id, Guid.NewGuid(), DateTimeOffset.UtcNow, "test"), cancellation);
            var normalized = await harness.PublishedAsync<PostingNormalized>("the quick source's posting, normalised", p => p.SourceId == quick.Id);

            Assert.Equal("Investigator (changed)", normalized.Title);
            Assert.True(spinning.Spinning, "the slow page's extraction is still at work when the other source's posting is normalised");
        }
        finally
        {
            spinning.Release();
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
