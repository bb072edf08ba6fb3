using System.Net;
using System.Text.Json;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Scheduling;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace JobAggregator.EndToEnd.Tests.Console;

/// <summary>The console's actions through <c>/api/admin</c> with a script's API key, against the whole product after its
/// first scrape: scrape now, pause and resume, each recorded with who did it.</summary>
public sealed class ConsoleActionTests : IAsyncLifetime
{
    private const string Georgia = "georgia-innocence-project";
    private RunningDemo _demo = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        _demo = await ConsoleDemo.StartAsync();
        await _demo.WaitForRunsAsync(since);
    }

    public async ValueTask DisposeAsync() => await _demo.DisposeAsync();

    [Fact]
    public async Task Scrape_now_reads_the_source_at_once_and_stores_the_posting_it_changed()
    {
        var posting = (await _demo.OpenJobsAsync()).Single(j => j.GetProperty("title").GetString() == "Operations Coordinator");
        foreach (var page in new[] { "careers/index.html", "careers/operations-coordinator/index.html" })
        {
            var path = Path.Combine(_demo.SampleSitesRoot, Georgia, page);
            var modified = File.GetLastWriteTimeUtc(path);
            await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path, Ct)).Replace("$36,000+", "$41,000+", StringComparison.Ordinal), Ct);
            // The same length within the same second would keep the static file's ETag and Last-Modified: the page
            // would answer 304 although it changed.
            File.SetLastWriteTimeUtc(path, modified.AddSeconds(2));
        }

        var accepted = await _demo.AdminJsonAsync(HttpMethod.Post, $"/api/admin/sources/{Georgia}/scrape", HttpStatusCode.Accepted);
        var runId = accepted.GetProperty("runId").GetGuid();
        var run = await _demo.WaitForRunAsync(runId);
        await _demo.WaitForRunsAsync(run.GetProperty("run").GetProperty("startedAt").GetDateTimeOffset(), Georgia);

        Assert.Equal("ok", run.GetProperty("state").GetString());
        Assert.Equal($"/api/admin/runs/{runId:D}", accepted.GetProperty("status").GetString());
        var stored = await _demo.WaitForJobAsync(posting.GetProperty("id").GetString()!, job => job.GetProperty("salary").GetProperty("min").GetDecimal() == 41000m);
        Assert.Equal(41000m, stored.GetProperty("salary").GetProperty("min").GetDecimal());
        var history = await _demo.AdminJsonAsync(HttpMethod.Get, $"/api/admin/sources/{Georgia}/runs");
        Assert.Equal(runId, history[0].GetProperty("runId").GetGuid());
        var action = (await _demo.AdminJsonAsync(HttpMethod.Get, "/api/admin/actions")).EnumerateArray().First();
        Assert.Equal((ConsoleDemo.ScriptName, "scrape", Georgia, $"run {runId:D}"),
            (action.GetProperty("operator").GetString(), action.GetProperty("action").GetString(), action.GetProperty("target").GetString(), action.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_paused_source_is_skipped_by_the_scheduler_until_it_is_resumed()
    {
        var paused = _demo.Services.GetRequiredService<PausedSources>();
        using var scheduled = await ScheduledRequests.ConnectAsync(_demo.Services.GetRequiredService<ISchedulerFactory>(), _demo.Services.GetRequiredService<IBus>());

        var afterPause = await _demo.AdminJsonAsync(HttpMethod.Post, $"/api/admin/sources/{Georgia}/pause");
        await WaitUntilAsync(() => paused.IsPausedAsync(Georgia, Ct));
        var requestedWhilePaused = await scheduled.FireAsync(Georgia);
        var requestedOfAnother = await scheduled.FireAsync("innocence-project");

        var afterResume = await _demo.AdminJsonAsync(HttpMethod.Post, $"/api/admin/sources/{Georgia}/resume");
        await WaitUntilAsync(async () => !await paused.IsPausedAsync(Georgia, Ct));
        var requestedAfterResume = await scheduled.FireAsync(Georgia);

        Assert.True(afterPause.GetProperty("source").GetProperty("paused").GetBoolean());
        Assert.Equal(ConsoleDemo.ScriptName, afterPause.GetProperty("source").GetProperty("pausedBy").GetString());
        Assert.Equal(0, requestedWhilePaused);
        Assert.Equal(1, requestedOfAnother);
        Assert.False(afterResume.GetProperty("source").GetProperty("paused").GetBoolean());
        Assert.Equal(1, requestedAfterResume);
        var actions = (await _demo.AdminJsonAsync(HttpMethod.Get, "/api/admin/actions")).EnumerateArray()
            .Select(a => $"{a.GetProperty("operator").GetString()} {a.GetProperty("action").GetString()} {a.GetProperty("target").GetString()}")
            .ToList();
        Assert.Equal([$"test-script resume {Georgia}", $"test-script pause {Georgia}"], actions);
    }

    [Fact]
    public async Task In_one_process_the_queues_are_the_bus_s_own_counters_of_every_message_type()
    {
        var found = (await _demo.AdminJsonAsync(HttpMethod.Get, "/api/sources")).EnumerateArray().Sum(s => s.GetProperty("postingsFound").GetInt32());

        // Each of the 5 runs is consumed twice in one process: by the store, and by the scheduler's back-off.
        var queues = await QueuesOnceAsync(byName => Counted(byName, "posting-normalized", "consumed") == found && Counted(byName, "scrape-completed", "consumed") == 2 * 5);

        Assert.Contains("in-memory", queues.GetProperty("source").GetString(), StringComparison.Ordinal);
        var byName = ByName(queues);
        Assert.Equal(found, byName["posting-scraped"].GetProperty("published").GetInt64());
        Assert.Equal(found, byName["posting-normalized"].GetProperty("consumed").GetInt64());
        Assert.Equal(2 * 5, byName["scrape-completed"].GetProperty("consumed").GetInt64());
        Assert.Equal(0, byName["scrape-completed"].GetProperty("faulted").GetInt64());
        // What a timed-out wait for runs says of the bus.
        Assert.Contains("\"posting-normalized\"", await _demo.DescribeBusAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_one_process_a_failed_message_is_kept_replayed_into_its_queue_failing_again_with_its_new_exception_and_deleted()
    {
        await _demo.Services.GetRequiredService<IBus>().Publish(new PostingScraped(
            Georgia, Guid.NewGuid(), DateTimeOffset.UtcNow, "key-poison", "   ", null, null, null, null, null, null, null, null, null, null, "test"), Ct);

        var failed = await WaitForFailedAsync(failed => failed.Length == 1);
        Assert.Equal(("posting-scraped", "key-poison", Georgia), (failed[0].GetProperty("queue").GetString(), failed[0].GetProperty("postingKey").GetString(), failed[0].GetProperty("sourceId").GetString()));
        Assert.Contains("has no title", failed[0].GetProperty("exception").GetString(), StringComparison.OrdinalIgnoreCase);
        var firstId = failed[0].GetProperty("id").GetString();

        await _demo.AdminJsonAsync(HttpMethod.Post, $"/api/admin/failed-messages/{firstId}/replay");
        var again = await WaitForFailedAsync(failed => failed.Length == 1 && failed[0].GetProperty("id").GetString() != firstId);
        Assert.Equal("key-poison", again[0].GetProperty("postingKey").GetString());

        using var deleted = await _demo.SendAsync(HttpMethod.Delete, $"/api/admin/failed-messages/{again[0].GetProperty("id").GetString()}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty((await _demo.AdminJsonAsync(HttpMethod.Get, "/api/admin/failed-messages")).EnumerateArray());
    }

    [Fact]
    public async Task An_unknown_source_answers_404_problem_details_naming_it()
    {
        using var response = await _demo.SendAsync(HttpMethod.Post, "/api/admin/sources/no-such-source/pause");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no-such-source", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    private async Task<JsonElement[]> WaitForFailedAsync(Func<JsonElement[], bool> done)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(1);
        while (true)
        {
            var failed = (await _demo.AdminJsonAsync(HttpMethod.Get, "/api/admin/failed-messages")).EnumerateArray().ToArray();
            if (done(failed))
            {
                return failed;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"the failed messages never came to the expected state: {JsonSerializer.Serialize(failed)}");
            await Task.Delay(100, Ct);
        }
    }

    /// <summary>The bus's counters once they say <paramref name="settled"/>, or as they are after a minute. A message is
    /// counted consumed when its consumer returns, a moment after what it wrote can be read (a posting stored, a run
    /// recorded), and the scheduler's back-off consumes each run on a queue of its own, which the wait for the runs does
    /// not watch: read at once, the counters may lag the store by a batch under load.</summary>
    private async Task<JsonElement> QueuesOnceAsync(Func<Dictionary<string, JsonElement>, bool> settled)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(1);
        while (true)
        {
            var queues = await _demo.AdminJsonAsync(HttpMethod.Get, "/api/admin/queues");
            if (settled(ByName(queues)) || DateTimeOffset.UtcNow > deadline)
            {
                return queues;
            }

            await Task.Delay(100, Ct);
        }
    }

    private static Dictionary<string, JsonElement> ByName(JsonElement queues) =>
        queues.GetProperty("queues").EnumerateArray().ToDictionary(q => q.GetProperty("name").GetString()!);

    private static long Counted(Dictionary<string, JsonElement> byName, string queue, string figure) =>
        byName.TryGetValue(queue, out var counts) ? counts.GetProperty(figure).GetInt64() : -1;

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(1);
        while (!await condition())
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, "the scheduler did not hear of the change within a minute");
            await Task.Delay(50, Ct);
        }
    }
}
