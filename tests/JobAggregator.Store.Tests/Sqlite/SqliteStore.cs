using JobAggregator.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>A SQLite store on a file in a fresh temporary folder, for tests that look inside the file.</summary>
internal sealed class SqliteStore : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    /// <param name="writerCacheMebibytes">Store:SqliteWriterCacheMebibytes.</param>
    public SqliteStore(int writerCacheMebibytes = StoreOptions.DefaultSqliteWriterCacheMebibytes)
    {
        FilePath = Path.Combine(_folder.Path, "nested", "data", "store.db");
        Database = new SqliteDatabase(Options.Create(new StoreOptions { SqlitePath = FilePath, SqliteWriterCacheMebibytes = writerCacheMebibytes }));
        Store = new SqlitePostingStore(Database, Options.Create(new StoreOptions()), NullLogger<SqlitePostingStore>.Instance);
        Reader = new SqlitePostingReader(Database);
    }

    public string FilePath { get; }

    public SqliteDatabase Database { get; }

    public SqlitePostingStore Store { get; }

    public SqlitePostingReader Reader { get; }

    public async Task<object?> ScalarAsync(string sql, CancellationToken ct)
    {
        await using var connection = await Database.OpenAsync(ct);
        await using var command = connection.Command(sql);
        return await command.ExecuteScalarAsync(ct);
    }

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }
}
