using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Sqlite;

/// <summary>The one SQLite file: hands out configured connections and serialises writes, because SQLite takes one
/// writer at a time and queuing here is cheaper than waiting on its busy handler.</summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const int BusyTimeoutMilliseconds = 5000;

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly string _connectionString;

    public SqliteDatabase(IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FilePath = Path.GetFullPath(options.Value.SqlitePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
        }.ToString();
    }

    public string FilePath { get; }

    /// <summary>Opens a pooled connection with the per-connection settings applied.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(ct);
            await using var pragmas = connection.CreateCommand();
            // Other processes (an api replica) may hold the write lock briefly; wait for them inside SQLite.
            // NORMAL is durable enough under WAL: a power cut may lose the last commits, never corrupt the file.
            pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";
            await pragmas.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs <paramref name="work"/> in one immediate transaction, one writer at a time; commits when it
    /// returns, rolls back when it throws.</summary>
    public async Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var transaction = connection.BeginTransaction(deferred: false);
            await work(connection, transaction);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs a block outside any transaction under the write lock, for statements SQLite refuses inside one
    /// (switching the journal mode).</summary>
    public async Task WriteWithoutTransactionAsync(Func<SqliteConnection, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await work(connection);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        using (var connection = new SqliteConnection(_connectionString))
        {
            SqliteConnection.ClearPool(connection);
        }

        _writeLock.Dispose();
    }
}
