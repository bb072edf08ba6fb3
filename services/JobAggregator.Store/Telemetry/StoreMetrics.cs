using System.Diagnostics;
using System.Diagnostics.Metrics;
using JobAggregator.Contracts;

namespace JobAggregator.Store.Telemetry;

/// <summary>The store's instruments: postings stored and closed per source, how long each write takes, and the queue
/// lag: the time from a posting's scrape, which its message carries, to its store.</summary>
public static class StoreMetrics
{
    public const string MeterName = "JobAggregator.Store";

    public const string Upsert = "upsert";
    public const string CompleteRun = "complete-run";
    public const string FailRun = "fail-run";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> PostingsStored = Meter.CreateCounter<long>(
        "jobaggregator.store.postings.stored", "{posting}", "Postings written (new, changed or seen again), by source.");

    private static readonly Counter<long> PostingsClosed = Meter.CreateCounter<long>(
        "jobaggregator.store.postings.closed", "{posting}", "Postings closed because their source's run no longer lists them, by source.");

    private static readonly Histogram<double> WriteDuration = Meter.CreateHistogram<double>(
        "jobaggregator.store.write.duration", "s", "Time to write one message to the store, by operation (upsert, complete-run, fail-run).");

    private static readonly Histogram<double> QueueLag = Meter.CreateHistogram<double>(
        "jobaggregator.store.queue_lag", "s", "Time from a posting's scrape to its store, across the bus and the normalizer, by source.");

    /// <summary>Runs one write and records how long it took.</summary>
    internal static async Task MeasureWriteAsync(string operation, Func<Task> write)
    {
        var started = Stopwatch.GetTimestamp();
        await write();
        WriteDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("operation", operation));
    }

    internal static void PostingStored(PostingNormalized posting, DateTimeOffset storedAt)
    {
        var source = new KeyValuePair<string, object?>("source", posting.SourceId);
        PostingsStored.Add(1, source);
        QueueLag.Record(Math.Max(0, (storedAt - posting.ScrapedAt).TotalSeconds), source);
    }

    /// <summary>Counted for every completed run, none closed included, so each source has its series from its first run.</summary>
    internal static void Closed(string sourceId, int postings) =>
        PostingsClosed.Add(postings, new KeyValuePair<string, object?>("source", sourceId));
}
