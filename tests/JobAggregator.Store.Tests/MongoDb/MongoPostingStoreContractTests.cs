using JobAggregator.Store.Reading;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The store contract against a live MongoDB, a fresh database per test, when <c>MONGODB_URI</c> names one
/// (a replica set or a standalone server); every test reports as skipped, with the reason, when it does not.</summary>
public sealed class MongoPostingStoreContractTests : PostingStoreContractTests, IAsyncDisposable
{
    private readonly List<MongoTestDatabase> _databases = [];

    protected override Task<(IPostingStore Store, IPostingReader Reader)> CreateStoreAsync()
    {
        var database = MongoTestDatabase.Create();
        _databases.Add(database);
        return Task.FromResult<(IPostingStore, IPostingReader)>((database.Store, database.Reader));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }
}
