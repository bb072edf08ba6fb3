using Microsoft.Data.Sqlite;

namespace JobAggregator.EndToEnd.Tests.Faults;

/// <summary>A real store outage: another connection holds the SQLite file's write lock (an exclusive transaction, as a
/// backup or a stuck migration would) until disposed, so every write of the store fails with SQLITE_BUSY while its
/// reads (in WAL mode) still work.</summary>
internal sealed class SqliteWriteLock : IAsyncDisposable
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;

    private SqliteWriteLock(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
    }

    public static async Task<SqliteWriteLock> TakeAsync(string path, CancellationToken ct)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString());
        try
        {
            await connection.OpenAsync(ct);
            await using (var wait = connection.CreateCommand())
            {
                wait.CommandText = "PRAGMA busy_timeout = 30000;";
                await wait.ExecuteNonQueryAsync(ct);
            }

            // BEGIN IMMEDIATE: the write lock now, not at a first write.
            var transaction = connection.BeginTransaction(deferred: false);
            return new SqliteWriteLock(connection, transaction);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.RollbackAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
