namespace JobAggregator.Store.Messaging;

/// <summary>How many messages each store consumer handles at once, for the database the store writes to.</summary>
internal static class StoreConcurrency
{
    /// <summary>SQLite takes one writer at a time, so more would only queue on the store's write lock; MongoDB takes
    /// concurrent writers, and the MongoDB store's writes are safe beside one another, so it takes
    /// <see cref="MongoDbStoreOptions.ConcurrentMessages"/>.</summary>
    public static int MessageLimit(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.UsesMongoDb ? options.MongoDb.ConcurrentMessages : 1;
    }
}
