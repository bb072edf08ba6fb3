using JobAggregator.Store.MongoDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>A fresh database on the MongoDB server named by <c>MONGODB_URI</c>, dropped on dispose; without that
/// variable, making one skips the test, visibly and with the reason.</summary>
internal sealed class MongoTestDatabase : IAsyncDisposable
{
    public const string UriVariable = "MONGODB_URI";

    public const string SkipReason =
        "MONGODB_URI is not set: no MongoDB server runs on this machine; set it to run the store contract against MongoDB";

    private static readonly Lazy<MongoClient> SharedClient = new(() => new MongoClient(Uri));

    private MongoTestDatabase(string name)
    {
        Name = name;
        Database = new MongoStoreDatabase(
            SharedClient.Value,
            Options.Create(new StoreOptions
            {
                Provider = StoreOptions.MongoDbProvider,
                MongoDb = new MongoDbStoreOptions { ConnectionString = Uri, Database = name },
            }));
        Store = new MongoPostingStore(Database, Options.Create(new StoreOptions()), NullLogger<MongoPostingStore>.Instance);
        Reader = new MongoPostingReader(Database);
    }

    public string Name { get; }

    public MongoStoreDatabase Database { get; }

    public MongoPostingStore Store { get; }

    public MongoPostingReader Reader { get; }

    private static string? Uri => Environment.GetEnvironmentVariable(UriVariable) is { Length: > 0 } uri ? uri : null;

    /// <summary>Skips the calling test unless <c>MONGODB_URI</c> is set.</summary>
    public static MongoTestDatabase Create()
    {
        Assert.SkipWhen(Uri is null, SkipReason);
        return new MongoTestDatabase($"jobaggregator_test_{Guid.NewGuid():N}");
    }

    public async ValueTask DisposeAsync() => await SharedClient.Value.DropDatabaseAsync(Name);
}
