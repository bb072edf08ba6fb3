using System.Diagnostics;
using JobAggregator.Contracts;

namespace JobAggregator.EndToEnd.Tests.Faults;

/// <summary>The broker restarted, a role killed (SIGKILL) or started late, the same run delivered twice, with each role
/// in its own Host process over a real RabbitMQ node: every scenario prints its figures (sent, stored, duplicates,
/// parked in <c>_error</c>, seconds to recover) and asserts that every posting is stored once and none is parked.</summary>
[Collection("RabbitMQ faults")]
[Trait("Category", "Faults")]
public sealed class PipelineFaultTests(FaultNodeFixture fixture)
{
    private const int Count = 1000;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_broker_stopped_and_started_with_postings_in_flight_loses_and_doubles_nothing()
    {
        // More postings than the other scenarios: the store takes them in batches, and the node keeps delivering while
        // rabbitmqctl stops it, long enough for a quiet machine's store to take all of 3,000 before the node was down.
        const int count = 10 * Count;
        await using var pipeline = await FaultPipeline.CreateAsync(fixture.Node);
        await Task.WhenAll(pipeline.StartStoreAsync(), pipeline.StartNormalizerAsync());
        await pipeline.PublishAsync(FaultPipeline.Postings(count));

        await pipeline.WaitForAsync(pipeline.StoredCountAsync, stored => stored >= Count / 10, "the first postings to be stored");
        await fixture.Node.RestartAsync(Cancel);
        var back = Stopwatch.StartNew();
        await AssertMidRunAsync(pipeline, "the broker was back", count);

        var recovery = await pipeline.WaitUntilStoredAsync(count, back);
        await pipeline.ReportAsync("broker stopped and started mid-run", count, recovery);
    }

    [Fact]
    public async Task A_store_killed_mid_run_and_started_again_loses_and_doubles_nothing()
    {
        // More postings than the other scenarios: on a quiet machine the store's batches took all of 1,000 between the
        // count that triggers the kill and the kill itself (seen in a fresh-clone CI run).
        const int count = 4 * Count;
        await using var pipeline = await FaultPipeline.CreateAsync(fixture.Node);
        var store = await pipeline.StartStoreAsync();
        await pipeline.StartNormalizerAsync();
        await pipeline.PublishAsync(FaultPipeline.Postings(count));

        await pipeline.WaitForAsync(pipeline.StoredCountAsync, stored => stored >= Count / 10, "the first postings to be stored");
        await store.KillAsync();
        await AssertMidRunAsync(pipeline, "the store was killed", count);

        var restarted = Stopwatch.StartNew();
        await pipeline.StartStoreAsync("store again");
        var recovery = await pipeline.WaitUntilStoredAsync(count, restarted);
        await pipeline.ReportAsync("store killed (SIGKILL) mid-run, started again", count, recovery);
    }

    [Fact]
    public async Task One_of_two_normalizers_killed_mid_run_loses_and_doubles_nothing()
    {
        await using var pipeline = await FaultPipeline.CreateAsync(fixture.Node);
        await pipeline.StartStoreAsync();
        var normalizers = await Task.WhenAll(pipeline.StartNormalizerAsync("normalizer 1"), pipeline.StartNormalizerAsync("normalizer 2"));
        // Two normalizers taking batches carry 1,000 postings through before a kill lands often enough to make the
        // scenario (and this test) depend on timing.
        const int count = 4 * Count;
        await pipeline.PublishAsync(FaultPipeline.Postings(count));

        await pipeline.WaitForAsync(pipeline.StoredCountAsync, stored => stored >= Count / 10, "the first postings to be stored");
        await normalizers[0].KillAsync();
        var killed = Stopwatch.StartNew();
        await AssertMidRunAsync(pipeline, "normalizer 1 was killed", count);

        var recovery = await pipeline.WaitUntilStoredAsync(count, killed);
        await pipeline.ReportAsync("one of two normalizers killed (SIGKILL) mid-run", count, recovery);
    }

    [Fact]
    public async Task A_store_started_after_the_postings_were_published_and_normalized_stores_them_all()
    {
        await using var pipeline = await FaultPipeline.CreateAsync(fixture.Node);
        await pipeline.StartNormalizerAsync();
        await pipeline.PublishAsync(FaultPipeline.Postings(Count));
        await pipeline.WaitForAsync(
            () => fixture.Node.MessageCountAsync(pipeline.VirtualHost, "posting-normalized"), waiting => waiting >= Count,
            "every posting to be normalized and waiting for a store");

        var started = Stopwatch.StartNew();
        await pipeline.StartStoreAsync();
        var recovery = await pipeline.WaitUntilStoredAsync(Count, started);
        await pipeline.ReportAsync("store started after the run was published", Count, recovery);
    }

    [Fact]
    public async Task The_same_run_delivered_twice_is_stored_once()
    {
        await using var pipeline = await FaultPipeline.CreateAsync(fixture.Node);
        await Task.WhenAll(pipeline.StartStoreAsync(), pipeline.StartNormalizerAsync());
        var run = FaultPipeline.Postings(Count);

        await Task.WhenAll(pipeline.PublishAsync(run), pipeline.PublishAsync(run));
        await pipeline.WaitUntilStoredAsync(Count, Stopwatch.StartNew());
        await pipeline.WaitForAsync(
            async () => await fixture.Node.MessageCountAsync(pipeline.VirtualHost, "posting-scraped")
                + await fixture.Node.MessageCountAsync(pipeline.VirtualHost, "posting-normalized"),
            waiting => waiting == 0, "both deliveries to be consumed");
        await pipeline.ReportAsync($"the same run delivered twice (2 x {Count:N0})", Count, recovery: null);
    }

    [Fact]
    public async Task The_same_scrape_requested_twice_stores_each_posting_once_and_records_one_run()
    {
        await using var board = await GreenhouseBoard.StartAsync(Count);
        await using var pipeline = await FaultPipeline.CreateAsync(fixture.Node);
        pipeline.UseSources(board.SourcesYaml(FaultPipeline.SourceId));
        await Task.WhenAll(pipeline.StartStoreAsync(), pipeline.StartNormalizerAsync(), pipeline.StartAsync("scraper", "scraper"));
        var request = new ScrapeRequested(FaultPipeline.SourceId, Guid.NewGuid(), DateTimeOffset.UtcNow, "fault test");

        await Task.WhenAll(pipeline.PublishAsync([request]), pipeline.PublishAsync([request]));
        await pipeline.WaitUntilStoredAsync(Count, Stopwatch.StartNew());
        foreach (var queue in new[] { "scrape-requested", "posting-scraped", "posting-normalized", "scrape-completed" })
        {
            await pipeline.WaitForAsync(() => fixture.Node.QueueDepthAsync(pipeline.VirtualHost, queue), depth => depth == 0, $"{queue} to be empty");
        }

        Assert.Equal(1, await pipeline.RunsRecordedAsync());
        await pipeline.ReportAsync($"the same ScrapeRequested delivered twice ({Count:N0} postings)", Count, recovery: null);
    }

    /// <summary>The fault must have struck mid-run for the scenario to mean anything.</summary>
    private static async Task AssertMidRunAsync(FaultPipeline pipeline, string when, int count = Count)
    {
        var stored = await pipeline.StoredCountAsync();
        Assert.True(stored < count, $"all {count} postings were stored before {when}: publish more postings");
    }
}
