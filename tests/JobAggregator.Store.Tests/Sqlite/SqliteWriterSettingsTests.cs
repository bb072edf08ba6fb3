using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>The writer's connection has the large page cache and the longer checkpoint interval; a reader taking a
/// pooled connection afterwards has the default cache again.</summary>
public sealed class SqliteWriterSettingsTests : IDisposable
{
    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_writer_has_the_large_page_cache_and_readers_the_default_one()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        long writerCache = 0;
        long writerCheckpoint = 0;
        await _sqlite.Database.WriteAsync(
            async (connection, transaction) =>
            {
                writerCache = await PragmaAsync(connection, transaction, "cache_size");
                writerCheckpoint = await PragmaAsync(connection, transaction, "wal_autocheckpoint");
            },
            Ct);

        await using var reader = await _sqlite.Database.OpenAsync(Ct);
        var readerCache = await PragmaAsync(reader, null, "cache_size");

        Assert.Equal(-StoreOptions.DefaultSqliteWriterCacheMebibytes * 1024, writerCache);
        Assert.Equal(4000, writerCheckpoint);
        Assert.Equal(-2000, readerCache);
    }

    [Fact]
    public async Task The_writer_cache_is_the_size_configured()
    {
        using var sqlite = new SqliteStore(writerCacheMebibytes: 16);
        await sqlite.Store.InitializeAsync(Ct);
        long writerCache = 0;
        await sqlite.Database.WriteAsync(
            async (connection, transaction) => writerCache = await PragmaAsync(connection, transaction, "cache_size"),
            Ct);

        Assert.Equal(-16 * 1024, writerCache);
    }

    [Fact]
    public async Task Only_a_write_of_bounded_statements_keeps_its_statement_journal_in_memory()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        long bounded = -1;
        long unbounded = -1;
        await _sqlite.Database.WriteAsync(
            async (connection, transaction) => bounded = await PragmaAsync(connection, transaction, "temp_store"),
            boundedStatements: true,
            Ct);
        await _sqlite.Database.WriteAsync(
            async (connection, transaction) => unbounded = await PragmaAsync(connection, transaction, "temp_store"),
            Ct);

        // 2 is MEMORY, 0 the build's default (a file).
        Assert.Equal(2, bounded);
        Assert.Equal(0, unbounded);
    }

    public void Dispose() => _sqlite.Dispose();

    private static async Task<long> PragmaAsync(SqliteConnection connection, SqliteTransaction? transaction, string name)
    {
        await using var pragma = connection.Command($"PRAGMA {name};", transaction);
        return (long)(await pragma.ExecuteScalarAsync(Ct))!;
    }
}
