using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>One command per SQL text for the statements a write repeats for every posting of a batch, so each is
/// prepared once instead of once per posting: preparing a statement compiles the triggers it fires (the full-text index,
/// the facet counts), which cost more than running it. The writer's own set (<see cref="SqliteDatabase.WriterCommands"/>)
/// is kept from one transaction to the next, so a batch does not prepare them again either.</summary>
/// <remarks>Not thread-safe: one write of the one writer. A command is handed out again with its parameters cleared,
/// so its last reader must be disposed before the same SQL is asked for again.</remarks>
internal sealed class SqliteReusedCommands(SqliteConnection connection, SqliteTransaction transaction) : IAsyncDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private SqliteTransaction _transaction = transaction;

    public SqliteConnection Connection => connection;

    public SqliteTransaction Transaction => _transaction;

    /// <summary>The command for <paramref name="sql"/>, without parameters; it stays owned by this cache.</summary>
    public SqliteCommand For(string sql)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            command.Parameters.Clear();
            return command;
        }

        command = connection.Command(sql, _transaction);
        _commands.Add(sql, command);
        return command;
    }

    /// <summary>Runs every command in <paramref name="next"/>, a later transaction of the same connection, keeping what
    /// SQLite prepared.</summary>
    public void Use(SqliteTransaction next)
    {
        _transaction = next;
        foreach (var command in _commands.Values)
        {
            command.Transaction = next;
        }
    }

    /// <summary>Drops every prepared statement, after a failure left one in a state not worth reasoning about.</summary>
    public async ValueTask ForgetAsync()
    {
        foreach (var command in _commands.Values)
        {
            await command.DisposeAsync();
        }

        _commands.Clear();
    }

    public ValueTask DisposeAsync() => ForgetAsync();
}
