using JobAggregator.Contracts;
using JobAggregator.Scraper.Scheduling;
using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace JobAggregator.Scraper.Tests.Scheduling;

/// <summary>A scheduled request waits out its jitter before it asks for the scrape; a source an operator pauses during
/// that wait is not scraped.</summary>
public sealed class ScrapeSourceJobJitterTests
{
    [Fact]
    public async Task A_source_paused_while_its_request_waits_out_the_jitter_is_not_scraped_and_the_others_are()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 10, 0, 0, TimeSpan.Zero));
        var paused = new PausedSources();
        paused.Load([]);
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new SourceCatalog("/tests/sources.yaml", []))
            .AddSingleton<IOptions<SourceBackOffOptions>>(Options.Create(new SourceBackOffOptions()))
            .AddSingleton<IOptions<SchedulerOptions>>(Options.Create(new SchedulerOptions { MaxJitterSeconds = 30 }))
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<ISchedulerLease, SingleProcessLease>()
            .AddSingleton<SourceBackOffTracker>()
            .AddSingleton(paused)
            .AddTransient<ScrapeSourceJob>()
            .AddMassTransitTestHarness()
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var job = provider.GetRequiredService<ScrapeSourceJob>();
        var slot = clock.GetUtcNow();

        var pausedMeanwhile = job.RequestScrapeAsync("paused-meanwhile", slot, jitter: true, "schedule", cancellation).AsTask();
        var leftRunning = job.RequestScrapeAsync("left-running", slot, jitter: true, "schedule", cancellation).AsTask();
        paused.Pause("paused-meanwhile");
        clock.Advance(TimeSpan.FromSeconds(31));
        await Task.WhenAll(pausedMeanwhile, leftRunning);

        Assert.Equal(["left-running"], harness.PublishedSoFar<ScrapeRequested>().Select(request => request.SourceId));
    }
}
