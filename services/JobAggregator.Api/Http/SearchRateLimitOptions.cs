using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Api.Http;

/// <summary>How many searches (<c>/</c>, <c>/api/jobs</c>, the feeds, <c>/embed</c>) one client address may make in a sliding window;
/// the <c>Api:RateLimit</c> section. Generous by default: a person, a feed reader or the tests never meet it.</summary>
public sealed class SearchRateLimitOptions
{
    public const string SectionName = "Api:RateLimit";

    /// <summary>Searches allowed per client address and window.</summary>
    [Range(1, int.MaxValue)]
    public int PermitLimit { get; set; } = 600;

    [Range(1, 86_400)]
    public int WindowSeconds { get; set; } = 60;
}
