using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Sources;

internal static class SourceEndpoints
{
    public static RouteGroupBuilder MapSources(this RouteGroupBuilder api)
    {
        api.MapGet("/sources", ListAsync).WithName("ListSources");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<SourceItem>>> ListAsync(
        SourceCatalog catalog, IPostingReader reader, IOptions<SourceBackOffOptions> backOff, CancellationToken cancellationToken)
    {
        var health = (await reader.GetSourceHealthAsync(cancellationToken)).ToDictionary(h => h.SourceId);
        IReadOnlyList<SourceItem> items = catalog.All
            .Select(source => ToItem(source, health.GetValueOrDefault(source.Id), backOff.Value.MaxBackoff))
            .ToList();
        return TypedResults.Ok(items);
    }

    internal static SourceItem ToItem(SourceDefinition source, SourceHealth? health, TimeSpan maxBackoff) => new(
        source.Id,
        source.Organization,
        source.Url.AbsoluteUri,
        source.Strategy.ToString().ToLowerInvariant(),
        source.Schedule,
        Verdict(health),
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
        PartialDrop = health?.PartialDrop ?? false,
        NextAttemptAt = health is null
            ? null
            : SourceBackOff.NextAttemptAt(source.Schedule, health.ConsecutiveFailures, health.LastFailureAt, maxBackoff),
    };

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
