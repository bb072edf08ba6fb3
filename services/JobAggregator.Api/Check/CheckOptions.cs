using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Api.Check;

/// <summary>The <c>Check</c> section: how often one address may run the public page check, and how long a check's
/// answer is kept for everyone.</summary>
public sealed class CheckOptions
{
    public const string SectionName = "Check";

    /// <summary>Checks one client address may run per <see cref="WindowSeconds"/>; kept answers count too.</summary>
    [Range(1, 10000)]
    public int PermitLimit { get; set; } = 10;

    [Range(1, 86400)]
    public int WindowSeconds { get; set; } = 600;

    /// <summary>How long the answer for one page is kept, so a member reloading the page reads the site once.</summary>
    [Range(0, 86400)]
    public int CacheSeconds { get; set; } = 300;
}
