using JobAggregator.Store.Alerts;
using JobAggregator.Store.Alerts.MongoDb;
using JobAggregator.Store.Tests.MongoDb;

namespace JobAggregator.Store.Tests.Alerts;

/// <summary>The alert store contract against a live MongoDB when <c>MONGODB_URI</c> names one; every test reports as
/// skipped, with the reason, when it does not.</summary>
public sealed class MongoAlertStoreContractTests : AlertStoreContractTests, IAsyncDisposable
{
    private readonly List<MongoTestDatabase> _databases = [];

    protected override Task<IAlertStore> CreateStoreAsync()
    {
        var database = MongoTestDatabase.Create();
        _databases.Add(database);
        return Task.FromResult<IAlertStore>(new MongoAlertStore(database.Database));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }
}
