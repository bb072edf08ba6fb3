using System.Diagnostics;
using System.Diagnostics.Metrics;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Telemetry;

/// <summary>The scraper's instruments, on one meter the Host exports (Prometheus at /metrics, OTLP when configured).
/// Tags are the source's id and closed sets of words, never URLs, so the number of series stays bounded.</summary>
public static class ScraperMetrics
{
    public const string MeterName = "JobAggregator.Scraper";

    public const string RunsInstrument = "jobaggregator.scrape.runs";

    public const string Ok = "ok";
    public const string NotModified = "not-modified";
    public const string Empty = "empty";
    public const string Failed = "failed";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Runs = Meter.CreateCounter<long>(
        RunsInstrument, "{run}", "Scrape runs by source and outcome (ok, not-modified, empty, failed) and, for empty and failed runs, the reason.");

    private static readonly Counter<long> PostingsFound = Meter.CreateCounter<long>(
        "jobaggregator.scrape.postings.found", "{posting}", "Postings a run found, by source.");

    private static readonly Counter<long> Extractions = Meter.CreateCounter<long>(
        "jobaggregator.scrape.extractions", "{run}", "Runs that read a listing, by source and the extraction strategy that read it.");

    private static readonly Histogram<double> FetchDuration = Meter.CreateHistogram<double>(
        "jobaggregator.fetch.duration", "s", "Time to fetch one page, redirects, robots.txt and waits for the host's turn included.");

    private static readonly Counter<long> PagesFetched = Meter.CreateCounter<long>(
        "jobaggregator.fetch.pages", "{page}", "Pages asked for, by outcome (ok, not-modified, failed).");

    private static readonly Counter<long> BytesFetched = Meter.CreateCounter<long>(
        "jobaggregator.fetch.bytes", "By", "Body bytes of the pages fetched.");

    /// <summary>A run that published ScrapeCompleted: not-modified, empty (with the no-postings reason) or ok.</summary>
    public static void RunCompleted(string sourceId, bool notModified, int postings, string strategy, string? noPostingsReason)
    {
        var outcome = notModified ? NotModified : postings == 0 ? Empty : Ok;
        Runs.Add(1, new("source", sourceId), new("outcome", outcome), new("reason", outcome == Empty ? noPostingsReason ?? "none" : ""));
        PostingsFound.Add(postings, new KeyValuePair<string, object?>("source", sourceId));
        if (!notModified)
        {
            Extractions.Add(1, new("source", sourceId), new("strategy", strategy));
        }
    }

    /// <summary>A run that published ScrapeFailed, with the reason code it carries.</summary>
    public static void RunFailed(string sourceId, string reason) =>
        Runs.Add(1, new("source", sourceId), new("outcome", Failed), new("reason", reason));

    /// <summary>Times one fetch and counts its page and bytes, whatever the fetch ends in.</summary>
    internal static async Task<FetchedPage> MeasureFetchAsync(Uri url, Func<Task<FetchedPage>> fetch)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = Failed;
        try
        {
            var page = await fetch();
            outcome = page.NotModified ? NotModified : Ok;
            BytesFetched.Add(page.KnownBodyBytes ?? page.BodyLength, new KeyValuePair<string, object?>("server.address", url.Host));
            return page;
        }
        finally
        {
            var host = new KeyValuePair<string, object?>("server.address", url.Host);
            var result = new KeyValuePair<string, object?>("outcome", outcome);
            FetchDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, host, result);
            PagesFetched.Add(1, host, result);
        }
    }
}
