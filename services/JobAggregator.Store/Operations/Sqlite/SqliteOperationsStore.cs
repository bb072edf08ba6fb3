using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;
using static JobAggregator.Store.Sqlite.SqliteValues;

namespace JobAggregator.Store.Operations.Sqlite;

/// <summary>Runs read from <c>scrape_runs</c>; pauses and operator actions in their own tables, written through the
/// store's one writer.</summary>
internal sealed class SqliteOperationsStore(SqliteDatabase database) : IOperationsStore
{
    private const string RunColumns = """
        run_id, source_id, started_at, finished_at, ok, not_modified, postings_found, pages_fetched, extracted_by,
        closed_postings, no_postings_reason, explanation, error, http_status, url
        """;

    public async Task InitializeAsync(CancellationToken ct)
    {
        if (Path.GetDirectoryName(database.FilePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await database.WriteAsync(
            async (connection, transaction) => await SqliteOperationsSchema.MigrateAsync(connection, transaction, ct),
            ct);
    }

    public async Task<IReadOnlyList<RunRecord>> GetRunsAsync(string sourceId, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(ct);
        await using var read = connection.Command(
                $"SELECT {RunColumns} FROM scrape_runs WHERE source_id = @source_id ORDER BY started_at DESC, run_id LIMIT @limit;")
            .With("@source_id", sourceId)
            .With("@limit", limit);
        return await ReadRunsAsync(read, ct);
    }

    public async Task<RunRecord?> GetRunAsync(Guid runId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var read = connection.Command($"SELECT {RunColumns} FROM scrape_runs WHERE run_id = @run_id;")
            .With("@run_id", runId.ToString());
        return (await ReadRunsAsync(read, ct)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<SourcePause>> GetPausesAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var read = connection.Command("SELECT source_id, paused_by, paused_at FROM source_pauses ORDER BY source_id;");
        await using var rows = await read.ExecuteReaderAsync(ct);
        var pauses = new List<SourcePause>();
        while (await rows.ReadAsync(ct))
        {
            pauses.Add(new SourcePause(rows.GetString("source_id"), rows.GetString("paused_by"), ParseInstant(rows.GetString("paused_at"))));
        }

        return pauses;
    }

    public Task PauseAsync(SourcePause pause, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pause);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var insert = connection.Command(
                        "INSERT INTO source_pauses (source_id, paused_by, paused_at) VALUES (@source_id, @by, @at) ON CONFLICT (source_id) DO NOTHING;",
                        transaction)
                    .With("@source_id", pause.SourceId)
                    .With("@by", pause.PausedBy)
                    .With("@at", Instant(pause.PausedAt));
                await insert.ExecuteNonQueryAsync(ct);
            },
            ct);
    }

    public Task ResumeAsync(string sourceId, CancellationToken ct) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var delete = connection.Command("DELETE FROM source_pauses WHERE source_id = @source_id;", transaction)
                    .With("@source_id", sourceId);
                await delete.ExecuteNonQueryAsync(ct);
            },
            ct);

    public Task RecordAsync(OperatorAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var insert = connection.Command(
                        "INSERT INTO operator_actions (at, operator, action, target, detail) VALUES (@at, @operator, @action, @target, @detail);",
                        transaction)
                    .With("@at", Instant(action.At))
                    .With("@operator", action.Operator)
                    .With("@action", action.Action)
                    .With("@target", action.Target)
                    .With("@detail", TextOrNull(action.Detail));
                await insert.ExecuteNonQueryAsync(ct);
            },
            ct);
    }

    public async Task<IReadOnlyList<OperatorAction>> GetActionsAsync(int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        await using var connection = await database.OpenAsync(ct);
        await using var read = connection.Command(
                "SELECT at, operator, action, target, detail FROM operator_actions ORDER BY seq DESC LIMIT @limit;")
            .With("@limit", limit);
        await using var rows = await read.ExecuteReaderAsync(ct);
        var actions = new List<OperatorAction>();
        while (await rows.ReadAsync(ct))
        {
            actions.Add(new OperatorAction(
                ParseInstant(rows.GetString("at")),
                rows.GetString("operator"),
                rows.GetString("action"),
                rows.GetString("target"),
                rows.GetStringOrNull("detail")));
        }

        return actions;
    }

    private static async Task<IReadOnlyList<RunRecord>> ReadRunsAsync(SqliteCommand read, CancellationToken ct)
    {
        await using var rows = await read.ExecuteReaderAsync(ct);
        var runs = new List<RunRecord>();
        while (await rows.ReadAsync(ct))
        {
            runs.Add(new RunRecord(
                Guid.Parse(rows.GetString("run_id")),
                rows.GetString("source_id"),
                ParseInstant(rows.GetString("started_at")),
                ParseInstant(rows.GetString("finished_at")),
                rows.GetInt64("ok") != 0,
                rows.GetInt64("not_modified") != 0,
                (int?)rows.GetInt64OrNull("postings_found"),
                (int?)rows.GetInt64OrNull("pages_fetched"),
                rows.GetStringOrNull("extracted_by"),
                (int?)rows.GetInt64OrNull("closed_postings"),
                rows.GetStringOrNull("no_postings_reason"),
                rows.GetStringOrNull("explanation"),
                rows.GetStringOrNull("error"),
                (int?)rows.GetInt64OrNull("http_status"),
                rows.GetStringOrNull("url")));
        }

        return runs;
    }
}
