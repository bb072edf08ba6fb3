using JobAggregator.Api.Sources;

namespace JobAggregator.Api.Admin;

/// <summary>A source as the console shows it: its health as <c>/api/sources</c> gives it, whether it is paused, and what
/// its recent runs tell.</summary>
/// <param name="LastStrategy">The extraction strategy the latest run that read the source used (json-ld, heuristics, a
/// hiring tool, ...).</param>
/// <param name="NotModifiedRatio">The share of the recent successful runs that found the page unchanged (HTTP 304 or
/// the same content); null before any.</param>
/// <param name="RunsCounted">The recent runs the figures are taken from.</param>
public sealed record AdminSourceItem(
    SourceItem Source,
    bool Paused,
    string? PausedBy,
    DateTimeOffset? PausedAt,
    string? LastStrategy,
    double? NotModifiedRatio,
    int RunsCounted);
