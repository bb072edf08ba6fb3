using JobAggregator.Contracts;
using JobAggregator.Host;
using JobAggregator.Scraper.Scheduling;
using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using JobAggregator.Store;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.EndToEnd.Tests;

/// <summary>A scheduler that shares its process with the store starts knowing the failing sources, over a real SQLite
/// file written by an earlier process.</summary>
public sealed class SchedulerRecallsFailingSourcesTests
{
    private const string SourceId = "innocence-network";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_restarted_scheduler_with_a_store_backs_off_the_sources_the_store_knows_are_failing()
    {
        var directory = Directory.CreateTempSubdirectory("jobaggregator-recall-").FullName;
        try
        {
            string[] common =
            [
                "--SampleSites:Enabled", "false", "--SampleSites:BaseUrl", "http://127.0.0.1:9", "--Urls", "http://127.0.0.1:0",
                "--Store:SqlitePath", Path.Combine(directory, "jobs.db"), "--Scheduler:ScrapeOnStart", "false",
            ];
            var failedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 5, TimeSpan.Zero);
            await using (var store = await JobAggregatorApp.BuildAsync([.. common, "--Roles", "store"]))
            {
                await store.StartAsync(Ct);
                var writer = store.Web.Services.GetRequiredService<IPostingStore>();
                foreach (var at in new[] { failedAt.AddHours(-2), failedAt })
                {
                    await writer.FailRunAsync(new ScrapeFailed(SourceId, Guid.NewGuid(), at.AddSeconds(-5), at, "timeout", null, null), Ct);
                }

                await store.Web.StopAsync(Ct);
            }

            await using var restarted = await JobAggregatorApp.BuildAsync([.. common, "--Roles", "scheduler,store"]);
            await restarted.StartAsync(Ct);
            var tracker = restarted.Web.Services.GetRequiredService<SourceBackOffTracker>();
            var schedule = restarted.Web.Services.GetRequiredService<SourceCatalog>().Find(SourceId)!.Schedule;

            Assert.Equal(2, tracker.ConsecutiveFailures(SourceId));
            Assert.NotNull(tracker.NextAttemptAt(SourceId));
            Assert.Equal(SourceBackOff.NextAttemptAt(schedule, 2, failedAt, TimeSpan.FromHours(24)), tracker.NextAttemptAt(SourceId));
            await restarted.Web.StopAsync(Ct);
        }
        finally
        {
            try
            {
                Directory.Delete(directory, recursive: true);
            }
            catch (IOException)
            {
                // SQLite's pool may still hold the file for a moment; the temp folder is left behind then.
            }
        }
    }
}
