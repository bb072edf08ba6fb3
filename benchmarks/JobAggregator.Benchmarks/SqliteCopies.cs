using System.Globalization;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Benchmarks;

/// <summary>Fills a large SQLite store fast: copies the postings written through the store's own path, in SQL, each copy
/// under new ids (and its own openings), until the store holds the number asked for. The full-text index and the
/// store's last change follow through the schema's own triggers. For the serving benchmark only.</summary>
internal static class SqliteCopies
{
    public static async Task FillAsync(string databasePath, int target)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        await connection.OpenAsync();
        var seeded = await ScalarAsync(connection, "SELECT COUNT(*) FROM postings;");
        var columns = new List<string>();
        await using (var info = connection.CreateCommand())
        {
            info.CommandText = "SELECT name FROM pragma_table_info('postings') WHERE name <> 'seq';";
            await using var reader = await info.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        for (var copy = 1; seeded * copy < target; copy++)
        {
            var suffix = $"'-copy{copy.ToString(CultureInfo.InvariantCulture)}'";
            var values = columns.Select(column => column switch
            {
                "id" => $"id || {suffix}",
                "cluster_id" => $"CASE WHEN cluster_id IS NULL THEN NULL ELSE cluster_id || {suffix} END",
                _ => column,
            });
            var limit = Math.Min(seeded, target - seeded * copy);
            await using var transaction = connection.BeginTransaction();
            await ExecuteAsync(connection, transaction, $"""
                INSERT INTO postings ({string.Join(", ", columns)})
                SELECT {string.Join(", ", values)} FROM postings WHERE seq <= {limit};
                INSERT INTO posting_categories (category, posting_id)
                SELECT c.category, c.posting_id || {suffix} FROM posting_categories c
                JOIN postings p ON p.id = c.posting_id WHERE p.seq <= {limit};
                """);
            await transaction.CommitAsync();
        }

        await ExecuteAsync(connection, null, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }
}
