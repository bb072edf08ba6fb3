using JobAggregator.Api.Http;
using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Sources;

internal static class SourceEndpoints
{
    public static RouteGroupBuilder MapSources(this RouteGroupBuilder api)
    {
        // Kept until the store changes: each source's health is its kept summary, and its next attempt follows from the
        // summary and its schedule alone, so nothing in the answer moves with the clock.
        api.MapGet("/sources", ListAsync).WithName("ListSources").CacheOutput(StoreVersionCachePolicy.WithStoreWritesName);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SourceItem>>> ListAsync(
        SourceCatalog catalog,
        IPostingReader reader,
        StoreWriteHealth writes,
        IOptions<SourceBackOffOptions> backOff,
        CancellationToken cancellationToken)
    {
        var health = (await reader.GetSourceHealthAsync(cancellationToken)).ToDictionary(h => h.SourceId);
        var storeError = StoreError(writes);
        IReadOnlyList<SourceItem> items = catalog.All
            .Select(source => ToItem(source, health.GetValueOrDefault(source.Id), backOff.Value.MaxBackoff, storeError))
            .ToList();
        return TypedResults.Ok(items);
    }

    /// <summary>"the store cannot write: &lt;reason&gt; since &lt;time&gt;" while this process's store writes fail, else
    /// null. Every source's postings wait then, whatever its own runs say.</summary>
    internal static string? StoreError(StoreWriteHealth writes) =>
        writes.Failing is var (since, error) ? $"the store cannot write: {error} since {since:u}" : null;

    /// <param name="storeError">From <see cref="StoreError"/>.</param>
    internal static SourceItem ToItem(SourceDefinition source, SourceHealth? health, TimeSpan maxBackoff, string? storeError) => new(
        source.Id,
        source.Organization,
        source.Url.AbsoluteUri,
        source.Strategy.ToString().ToLowerInvariant(),
        source.Schedule,
        storeError is null ? Verdict(health) : StoreFailing,
        health?.LastRunAt,
        health?.LastSuccessAt,
        health?.LastFailureAt,
        health?.LastError,
        health?.ConsecutiveFailures ?? 0,
        health?.PostingsFound ?? 0,
        health?.OpenPostings ?? 0,
        health?.LastRunDuration?.TotalSeconds,
        health?.LastNoPostingsReason,
        health?.LastExplanation,
        health?.PreviousPostingsFound,
        health?.PostingsStored ?? 0)
    {
        StoreError = storeError,
        PartialDrop = health?.PartialDrop ?? false,
        NextAttemptAt = health is null
            ? null
            : SourceBackOff.NextAttemptAt(source.Schedule, health.ConsecutiveFailures, health.LastFailureAt, maxBackoff),
    };

    /// <summary>The health of every source while the store cannot write: its postings reach nothing.</summary>
    internal const string StoreFailing = "store-failing";

    /// <summary>"pending" until the first run; "failing" while the latest runs fail; "empty" when the last successful run
    /// found nothing (often a changed page); else "healthy".</summary>
    private static string Verdict(SourceHealth? health) => health switch
    {
        null or { LastRunAt: null } => "pending",
        { ConsecutiveFailures: > 0 } => "failing",
        { PostingsFound: 0 } => "empty",
        _ => "healthy",
    };
}
