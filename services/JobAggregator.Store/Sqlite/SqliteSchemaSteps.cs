using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>Numbered schema steps applied in order and recorded in a version table: the mechanism both the postings'
/// schema (<see cref="SqliteSchema"/>) and the alerts' use, each with its own table and count.</summary>
/// <param name="versionTable">The table recording each step applied.</param>
/// <param name="name">What the steps are named in an error ("schema", "alert schema").</param>
internal sealed class SqliteSchemaSteps(string versionTable, string name, IReadOnlyList<string> steps)
{
    public int CurrentVersion => steps.Count;

    /// <summary>Applies the steps up to <paramref name="targetVersion"/> the file lacks, inside
    /// <paramref name="transaction"/>.</summary>
    /// <returns>The version the file had before: 0 for a new file.</returns>
    public async Task<long> MigrateAsync(SqliteConnection connection, SqliteTransaction transaction, int targetVersion, CancellationToken ct)
    {
        await using (var create = connection.Command(
            $"CREATE TABLE IF NOT EXISTS {versionTable} (version INTEGER NOT NULL PRIMARY KEY, applied_at TEXT NOT NULL);",
            transaction))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        var version = await ReadVersionAsync(connection, transaction, ct);
        if (version > CurrentVersion)
        {
            throw new InvalidOperationException(
                $"The database has {name} version {version}, newer than this build knows ({CurrentVersion}).");
        }

        for (var step = version + 1; step <= targetVersion; step++)
        {
            await using (var apply = connection.Command(steps[(int)step - 1], transaction))
            {
                await apply.ExecuteNonQueryAsync(ct);
            }

            await using var record = connection.Command(
                    $"INSERT INTO {versionTable} (version, applied_at) VALUES (@version, @at);",
                    transaction)
                .With("@version", step)
                .With("@at", SqliteValues.Instant(DateTimeOffset.UtcNow));
            await record.ExecuteNonQueryAsync(ct);
        }

        return version;
    }

    public async Task<long> ReadVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken ct)
    {
        await using var read = connection.Command($"SELECT COALESCE(MAX(version), 0) FROM {versionTable};", transaction);
        return (long)(await read.ExecuteScalarAsync(ct))!;
    }
}
