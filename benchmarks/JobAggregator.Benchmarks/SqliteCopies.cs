using System.Globalization;
using JobAggregator.Store.Reading;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Benchmarks;

/// <summary>Fills a large SQLite store fast: copies the postings written through the store's own path, in SQL, each copy
/// under new ids (and its own openings), until the store holds the number asked for. Row by row, the triggers and
/// indexes of <c>postings</c> made a million copies take a quarter of an hour, so they are set aside while copying
/// and made again after, in bulk: the indexes sorted once, the full-text index rebuilt from the rows, the listing's
/// facet counts counted again, and each source's summary and the store's last change moved by touching the runs,
/// through the schema's own triggers. For the serving
/// benchmark only.</summary>
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

        await ExecuteAsync(connection, null, "PRAGMA cache_size = -65536;");
        var setAside = await SetAsideAsync(connection);
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
                INSERT INTO posting_categories (category, posting_seq)
                SELECT c.category, copy.seq FROM posting_categories c
                JOIN postings p ON p.seq = c.posting_seq JOIN postings copy ON copy.id = p.id || {suffix}
                WHERE p.seq <= {limit};
                """);
            await transaction.CommitAsync();
        }

        await using (var transaction = connection.BeginTransaction())
        {
            foreach (var sql in setAside)
            {
                await ExecuteAsync(connection, transaction, sql);
            }

            await ExecuteAsync(connection, transaction, """
                INSERT INTO postings_fts (postings_fts) VALUES ('rebuild');
                UPDATE scrape_runs SET ok = ok;
                """);
            await ExecuteAsync(connection, transaction, JobAggregator.Store.Sqlite.ListedFacetCountsSql.Recount);
            await transaction.CommitAsync();
        }

        await ExecuteAsync(connection, null, "ANALYZE; PRAGMA wal_checkpoint(TRUNCATE);");
    }

    /// <summary>Drops the indexes and triggers of <c>postings</c> and <c>posting_categories</c>.</summary>
    /// <returns>The statements that make them again, indexes first.</returns>
    private static async Task<List<string>> SetAsideAsync(SqliteConnection connection)
    {
        var statements = new List<(string Type, string Name, string Sql)>();
        await using (var read = connection.CreateCommand())
        {
            read.CommandText = """
                SELECT type, name, sql FROM sqlite_master
                WHERE tbl_name IN ('postings', 'posting_categories') AND type IN ('index', 'trigger') AND sql IS NOT NULL
                ORDER BY type;
                """;
            await using var reader = await read.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                statements.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
            }
        }

        foreach (var (type, name, _) in statements)
        {
            await ExecuteAsync(connection, null, $"DROP {type.ToUpperInvariant()} \"{name}\";");
        }

        return statements.Select(statement => statement.Sql + ";").ToList();
    }

    /// <summary>The cursor of the opening halfway down the newest-first list: a deep page, as far down as any.</summary>
    public static async Task<string> CursorHalfwayAsync(string databasePath)
    {
        await using var connection = new SqliteConnection($"Data Source={databasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT posted_on, first_seen, id FROM postings INDEXED BY ix_postings_listed_newest
            WHERE status = 'open' AND cluster_rank = 0
            ORDER BY posted_on DESC, first_seen DESC, id
            LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM postings WHERE status = 'open' AND cluster_rank = 0);
            """;
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new JobCursor(
            JobSort.Newest,
            null,
            DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTimeOffset.ParseExact(reader.GetString(1), "O", CultureInfo.InvariantCulture),
            reader.GetString(2)).Encode();
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
