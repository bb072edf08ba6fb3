using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>The store's last change, asked for on every request, read cheaply: one connection kept open asks SQLite
/// whether any other connection committed since it last looked (<c>PRAGMA data_version</c>, no read of the file), and
/// reads the <c>store_changes</c> row only when one did. It never writes, so every write is another connection's.
/// </summary>
internal sealed class SqliteChangeClock(SqliteDatabase database) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _dataVersion;
    private SqliteCommand? _lastChange;
    private long _seenDataVersion = -1;
    private DateTimeOffset? _seenLastChange;

    public DateTimeOffset? Read()
    {
        lock (_gate)
        {
            try
            {
                if (_connection is null)
                {
                    _connection = database.OpenAsync(CancellationToken.None).GetAwaiter().GetResult();
                    _dataVersion = _connection.Command("PRAGMA data_version;");
                    _lastChange = _connection.Command("SELECT changed_at_ms FROM store_changes WHERE id = 1;");
                }

                var dataVersion = (long)_dataVersion!.ExecuteScalar()!;
                if (dataVersion != _seenDataVersion)
                {
                    // Read after the version: a commit in between is seen now, and seen again (unchanged) next time.
                    _seenLastChange = _lastChange!.ExecuteScalar() is long milliseconds ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds) : null;
                    _seenDataVersion = dataVersion;
                }

                return _seenLastChange;
            }
            catch
            {
                Close();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            Close();
        }
    }

    private void Close()
    {
        _dataVersion?.Dispose();
        _lastChange?.Dispose();
        _connection?.Dispose();
        (_connection, _dataVersion, _lastChange, _seenDataVersion, _seenLastChange) = (null, null, null, -1, null);
    }
}
