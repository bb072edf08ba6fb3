using JobAggregator.Contracts;

namespace JobAggregator.Store.Tests;

/// <summary>Messages as the scraper and normalizer send them, with plain defaults a test overrides with <c>with</c>.</summary>
internal static class Messages
{
    public const string Source = "acme-careers";

    public static readonly DateTimeOffset T0 = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public static PostingNormalized Posting(
        string key,
        DateTimeOffset? scrapedAt = null,
        string hash = "hash-1",
        string sourceId = Source,
        Guid? runId = null) =>
        new(
            sourceId,
            runId ?? Guid.NewGuid(),
            scrapedAt ?? T0,
            key,
            $"Title {key}",
            new NormalizedOrganization("acme", "Acme Corp"),
            new NormalizedLocation("Berlin, Germany", "Berlin", "Berlin", "DE", false),
            "FULL_TIME",
            null,
            null,
            null,
            null,
            $"Description of {key}",
            $"https://jobs.example.test/{key}",
            null,
            "json-ld",
            hash);

    public static ScrapeCompleted Completed(
        DateTimeOffset startedAt,
        IReadOnlyList<string> keys,
        string sourceId = Source,
        Guid? runId = null,
        bool notModified = false,
        bool listedByApiOrFeed = true) =>
        new(sourceId, runId ?? Guid.NewGuid(), startedAt, startedAt.AddMinutes(2), keys, 1, notModified, "json-ld")
        {
            ListedByApiOrFeed = listedByApiOrFeed,
        };

    /// <summary>A run that read an HTML listing, whose omissions are trusted only when two runs in a row agree.</summary>
    public static ScrapeCompleted CompletedFromHtml(DateTimeOffset startedAt, IReadOnlyList<string> keys, Guid? runId = null) =>
        Completed(startedAt, keys, runId: runId, listedByApiOrFeed: false) with { ExtractedBy = "heuristics" };

    public static ScrapeFailed Failed(
        DateTimeOffset startedAt,
        string reason = "HTTP 503 Service Unavailable",
        string sourceId = Source,
        Guid? runId = null) =>
        new(sourceId, runId ?? Guid.NewGuid(), startedAt, startedAt.AddSeconds(30), reason, 503, "https://jobs.example.test/");
}
