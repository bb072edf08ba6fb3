namespace JobAggregator.Store;

/// <summary>The <c>Store:Batch</c> section: how the store takes normalised postings off the bus, as batches written in
/// one transaction (SQLite) or one bulk write (MongoDB).</summary>
public sealed class StoreBatchOptions
{
    public const string SectionName = $"{StoreOptions.SectionName}:Batch";

    public const int MaxMessageLimit = 1000;

    /// <summary>Postings written together at most, from 1 to <see cref="MaxMessageLimit"/>.</summary>
    public int MessageLimit { get; set; } = 200;

    /// <summary>How long a batch waits for more postings after its first before it is written anyway, in milliseconds
    /// (from 1 to 10,000): the most a lone posting waits on a quiet bus.</summary>
    public int TimeLimitMilliseconds { get; set; } = 50;

    public const int MaxTimeLimitMilliseconds = 10_000;
}
