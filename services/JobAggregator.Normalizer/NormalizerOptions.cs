using System.ComponentModel.DataAnnotations;

namespace JobAggregator.Normalizer;

/// <summary>Settings of the normalizer role, section <c>Normalizer</c>.</summary>
public sealed class NormalizerOptions
{
    public const string SectionName = "Normalizer";

    /// <summary>How many scraped postings one instance normalises at once, when it takes them one at a time (the
    /// in-memory bus).</summary>
    [Range(1, 256)]
    public int ConcurrentMessageLimit { get; set; } = 8;

    /// <summary>Postings normalised together at most, and their results published together, when the normalizer takes
    /// them in batches (over RabbitMQ).</summary>
    [Range(1, 1000)]
    public int BatchMessageLimit { get; set; } = 100;

    /// <summary>How long a batch waits for more postings after its first before it is normalised anyway, in
    /// milliseconds: the most a lone posting waits on a quiet bus.</summary>
    [Range(1, 10_000)]
    public int BatchTimeLimitMilliseconds { get; set; } = 20;
}
