using System.Diagnostics;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Scheduling;
using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using JobAggregator.Testing;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Tests.Scheduling;

/// <summary>The scheduler learns each run's outcome from the bus and skips the slots of a failing source.</summary>
public sealed class SourceBackOffSchedulingTests
{
    private const string SourceId = "failing";

    [Fact]
    public async Task A_source_failing_three_times_is_skipped_for_the_doubling_slots_and_scraped_again_after_them()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var source = new SourceDefinition(
            SourceId, "Org", new Uri("http://failing.test/jobs/"), "0 0 * * * ?", ExtractionStrategy.JsonLd, null, null, "US", false);
        await using var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton(new SourceCatalog("/tests/sources.yaml", [source]))
            .AddSingleton<IOptions<SourceBackOffOptions>>(Options.Create(new SourceBackOffOptions { MaxBackoffHours = 24 }))
            .AddSingleton<IOptions<SchedulerOptions>>(Options.Create(new SchedulerOptions { MaxJitterSeconds = 0 }))
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ISchedulerLease, SingleProcessLease>()
            .AddSingleton<SourceBackOffTracker>()
            .AddSingleton(NothingPaused())
            .AddTransient<ScrapeSourceJob>()
            .AddMassTransitTestHarness(bus => bus.AddSchedulerOutcomeConsumer())
            .BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        var tracker = provider.GetRequiredService<SourceBackOffTracker>();
        var job = provider.GetRequiredService<ScrapeSourceJob>();

        // Hourly slots from 10:00; the first three runs fail a few seconds after their slot, the fourth succeeds.
        var first = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
        var scraped = new List<int>();
        for (var hour = 0; hour < 16; hour++)
        {
            var slot = first.AddHours(hour);
            await job.RequestScrapeAsync(SourceId, slot, jitter: false, "schedule", cancellation);
            var runId = ScrapeRunIds.For(SourceId, slot);
            if (!harness.PublishedSoFar<ScrapeRequested>().Any(r => r.ScrapeRunId == runId))
            {
                continue;
            }

            scraped.Add(slot.Hour);
            if (scraped.Count <= 3)
            {
                await harness.Bus.Publish(
                    new ScrapeFailed(SourceId, runId, slot, slot.AddSeconds(5), ScrapeFailureReasons.HttpStatus, 503, source.Url.AbsoluteUri),
                    cancellation);
                await UntilAsync(() => tracker.ConsecutiveFailures(SourceId) == scraped.Count, $"failure {scraped.Count} to be learnt");
            }
            else
            {
                await harness.Bus.Publish(
                    new ScrapeCompleted(SourceId, runId, slot, slot.AddSeconds(5), ["a"], 1, false, "json-ld"), cancellation);
                await UntilAsync(() => tracker.ConsecutiveFailures(SourceId) == 0, "the success to be learnt");
            }
        }

        // One failure skips one slot (11), two skip three (13-15), three skip seven (17-23); success restores the schedule.
        Assert.Equal([10, 12, 16, 0, 1], scraped);
    }

    private static async Task UntilAsync(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            if (waited.Elapsed > HarnessWaits.Patience)
            {
                Assert.Fail($"Waited {HarnessWaits.Patience} for {what}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), TestContext.Current.CancellationToken);
        }
    }

    private static PausedSources NothingPaused()
    {
        var paused = new PausedSources();
        paused.Load([]);
        return paused;
    }
}
