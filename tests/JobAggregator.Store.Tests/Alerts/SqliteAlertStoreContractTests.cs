using JobAggregator.Store.Alerts;
using JobAggregator.Store.Alerts.Sqlite;
using JobAggregator.Store.Sqlite;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Tests.Alerts;

/// <summary>The alert store contract against a real SQLite file in a fresh folder per test.</summary>
public sealed class SqliteAlertStoreContractTests : AlertStoreContractTests, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly List<SqliteDatabase> _databases = [];

    protected override Task<IAlertStore> CreateStoreAsync()
    {
        var database = new SqliteDatabase(Options.Create(new StoreOptions
        {
            SqlitePath = Path.Combine(_folder.Path, $"db-{_databases.Count}", "store.db"),
        }));
        _databases.Add(database);
        return Task.FromResult<IAlertStore>(new SqliteAlertStore(database));
    }

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }

        _folder.Dispose();
    }
}
