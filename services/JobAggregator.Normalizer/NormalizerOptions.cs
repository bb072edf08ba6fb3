using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Normalizer;

/// <summary>Settings of the normalizer role, section <c>Normalizer</c>.</summary>
public sealed class NormalizerOptions
{
    public const string SectionName = "Normalizer";

    /// <summary>How many scraped postings one instance normalises at once.</summary>
    [Range(1, 256)]
    public int ConcurrentMessageLimit { get; set; } = 8;
}
