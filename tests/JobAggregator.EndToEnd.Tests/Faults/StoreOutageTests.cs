using System.Diagnostics;

namespace JobAggregator.EndToEnd.Tests.Faults;

/// <summary>The store's SQLite file locked by another connection for a while, with postings arriving meanwhile: nothing
/// may be parked in an <c>_error</c> queue however long the outage lasts, readiness answers 503 during it and 200 after
/// it, and every posting is stored once when it ends. The longer outage outlasts the fault node's
/// <see cref="FaultNodeFixture.ConsumerTimeout"/> (the broker's limit on holding a message unacknowledged, 30 minutes in
/// production) and the old five-attempt retry schedule (about 163 s), which is what a 5-minute outage tested.</summary>
[Collection("RabbitMQ faults")]
[Trait("Category", "Faults")]
public sealed class StoreOutageTests(FaultNodeFixture fixture)
{
    private const int Count = 1000;

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public Task A_store_outage_of_60_seconds_parks_loses_and_doubles_nothing() =>
        OutageAsync(TimeSpan.FromSeconds(60), "store outage of 60 s (SQLite file locked)", outlastsConsumerTimeout: false);

    [Fact]
    public Task A_store_outage_longer_than_every_retry_and_the_brokers_consumer_timeout_parks_loses_and_doubles_nothing() =>
        OutageAsync(TimeSpan.FromSeconds(200), "store outage of 200 s (SQLite file locked)", outlastsConsumerTimeout: true);

    private async Task OutageAsync(TimeSpan outage, string scenario, bool outlastsConsumerTimeout)
    {
        var timeoutsBefore = ConsumerTimeouts();
        await using var pipeline = await FaultPipeline.CreateAsync(fixture.Node);
        var store = await pipeline.StartStoreAsync();
        await pipeline.StartNormalizerAsync();
        using var http = new HttpClient { BaseAddress = store.Address, Timeout = TimeSpan.FromSeconds(30) };
        var readinessDuringOutage = new HashSet<int>();

        await using (await SqliteWriteLock.TakeAsync(pipeline.DatabasePath, Cancel))
        {
            var locked = Stopwatch.StartNew();
            await pipeline.PublishAsync(FaultPipeline.Postings(Count));
            while (locked.Elapsed < outage)
            {
                var parked = await pipeline.ParkedMessagesAsync();
                Assert.True(parked == 0,
                    $"{parked} messages were parked {locked.Elapsed.TotalSeconds:0} s into the outage.\n{pipeline.DescribeProcesses()}");
                readinessDuringOutage.Add(await ReadinessAsync(http));
                await Task.Delay(TimeSpan.FromSeconds(1), Cancel);
            }

            Assert.Equal(0, await pipeline.StoredCountAsync());
        }

        var released = Stopwatch.StartNew();
        var recovery = await pipeline.WaitUntilStoredAsync(Count, released);
        await pipeline.WaitForAsync(() => ReadinessAsync(http), status => status == 200, "readiness to answer 200 once writes work");
        Assert.Contains(503, readinessDuringOutage);
        var timeouts = ConsumerTimeouts() - timeoutsBefore;
        if (outlastsConsumerTimeout)
        {
            Assert.True(timeouts > 0, $"the broker never closed the store's channel for holding a message {outage.TotalSeconds:0} s: lengthen the outage");
            scenario += $", the store's channel closed {timeouts} times by the broker's consumer timeout";
        }

        await pipeline.ReportAsync(scenario, Count, recovery);
    }

    /// <summary>Times the broker has closed a consumer's channel for holding a delivery unacknowledged too long.</summary>
    private int ConsumerTimeouts()
    {
        using var log = new FileStream(fixture.Node.LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(log);
        var count = 0;
        while (reader.ReadLine() is { } line)
        {
            count += line.Contains("has timed out waiting for delivery acknowledgement", StringComparison.Ordinal) ? 1 : 0;
        }

        return count;
    }

    private static async Task<int> ReadinessAsync(HttpClient http)
    {
        using var response = await http.GetAsync("/health/ready", Cancel);
        return (int)response.StatusCode;
    }
}
