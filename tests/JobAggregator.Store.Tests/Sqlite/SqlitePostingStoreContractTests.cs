using JobAggregator.Store.Reading;
using JobAggregator.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>The store contract against a real SQLite file in a fresh folder per test.</summary>
public sealed class SqlitePostingStoreContractTests : PostingStoreContractTests, IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly List<SqliteDatabase> _databases = [];

    protected override Task<(IPostingStore Store, IPostingReader Reader)> CreateStoreAsync()
    {
        var database = new SqliteDatabase(Options.Create(new StoreOptions
        {
            SqlitePath = Path.Combine(_folder.Path, $"db-{_databases.Count}", "store.db"),
        }));
        _databases.Add(database);
        return Task.FromResult<(IPostingStore, IPostingReader)>(
            (new SqlitePostingStore(database, Options.Create(new StoreOptions()), NullLogger<SqlitePostingStore>.Instance), new SqlitePostingReader(database)));
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
