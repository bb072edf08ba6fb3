using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Sources.Health;

/// <summary>The back-off of failing sources, read by the scheduler (which skips slots) and the api role (which shows
/// the next attempt).</summary>
public sealed class SourceBackOffOptions
{
    public const string SectionName = "Scheduler";

    /// <summary>The longest a failing source waits between attempts, however often it failed.</summary>
    [Range(1, 24 * 365)]
    public int MaxBackoffHours { get; set; } = 24;

    public TimeSpan MaxBackoff => TimeSpan.FromHours(MaxBackoffHours);
}
