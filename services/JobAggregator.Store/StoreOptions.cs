namespace JobAggregator.Store;

/// <summary>The <c>Store</c> section; checked at start-up by <see cref="StoreOptionsValidator"/>, which names the key of
/// any bad setting.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    public const string SqliteProvider = "sqlite";

    public const string MongoDbProvider = "mongodb";

    /// <summary>Which database backs the store: <c>sqlite</c> (the default, one file) or <c>mongodb</c>.</summary>
    public string Provider { get; set; } = SqliteProvider;

    /// <summary>The SQLite file; a relative path is relative to the working directory. Its folder is created at start-up.
    /// Required when <see cref="Provider"/> is <c>sqlite</c>.</summary>
    public string SqlitePath { get; set; } = "data/jobaggregator.db";

    /// <summary>The SQLite writer's page cache in MiB (1–1024; 16 by default): what a write to the full-text index reads
    /// back for each commit falls as it grows, and it is most of what the store holds in memory (README, "Pipeline
    /// benchmark").</summary>
    public int SqliteWriterCacheMebibytes { get; set; } = DefaultSqliteWriterCacheMebibytes;

    public const int DefaultSqliteWriterCacheMebibytes = 16;

    public const int MaxSqliteWriterCacheMebibytes = 1024;

    /// <summary>A reading run that lists fewer postings than this share of the source's last reading run that listed any
    /// (postings found gone by 404 or 410 included) closes none of the postings it missed, and marks the source's health
    /// (<see cref="Reading.SourceHealth.PartialDrop"/>). From 0 (off) to 1; 0.5 by default.</summary>
    public double PartialDropRatio { get; set; } = 0.5;

    /// <summary>The <c>Store:Batch</c> section: postings written together.</summary>
    public StoreBatchOptions Batch { get; set; } = new();

    /// <summary>The <c>Store:MongoDb</c> section, used when <see cref="Provider"/> is <c>mongodb</c>.</summary>
    public MongoDbStoreOptions MongoDb { get; set; } = new();

    internal bool UsesMongoDb => string.Equals(Provider?.Trim(), MongoDbProvider, StringComparison.OrdinalIgnoreCase);
}
