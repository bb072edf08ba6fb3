namespace JobAggregator.Sources;

/// <summary>One source of postings, as configured in the sources file.</summary>
public sealed record SourceDefinition(
    string Id,
    string Organization,
    Uri Url,
    string Schedule,
    ExtractionStrategy Strategy,
    SelectorSet? Selectors,
    SelectorSet? Detail,
    string? Country,
    bool AllowPrivateNetwork)
{
    /// <summary>Quartz cron: every six hours, on the hour.</summary>
    public const string DefaultSchedule = "0 0 */6 * * ?";
}
