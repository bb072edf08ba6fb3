namespace JobAggregator.Store;

/// <summary>The <c>Store:MongoDb</c> section: where the MongoDB store keeps its collections.</summary>
public sealed class MongoDbStoreOptions
{
    public const string SectionName = $"{StoreOptions.SectionName}:MongoDb";

    public const string MajorityWriteConcern = "majority";

    public const string SingleNodeWriteConcern = "1";

    /// <summary>A MongoDB connection string (<c>mongodb://</c> or <c>mongodb+srv://</c>); required when the provider is
    /// <c>mongodb</c>. Comes from configuration or the environment (<c>Store__MongoDb__ConnectionString</c>), never from
    /// code, as it may hold a password.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The database holding the store's collections.</summary>
    public string Database { get; set; } = "jobaggregator";

    /// <summary><c>majority</c> (the default: an acknowledged write survives the loss of the primary) or <c>1</c>
    /// (acknowledged by the primary alone: faster, may be rolled back on fail-over).</summary>
    public string WriteConcern { get; set; } = MajorityWriteConcern;

    /// <summary>Messages each store consumer handles at once, from 1 to <see cref="MaxConcurrentMessages"/>. Every write
    /// of the MongoDB store is safe beside another (as between replicas), so more than one keeps a slow write from
    /// holding up the rest.</summary>
    public int ConcurrentMessages { get; set; } = 8;

    public const int MaxConcurrentMessages = 256;
}
