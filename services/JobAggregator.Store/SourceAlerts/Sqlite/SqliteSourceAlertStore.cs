using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;
using static JobAggregator.Store.Sqlite.SqliteValues;

namespace JobAggregator.Store.SourceAlerts.Sqlite;

/// <summary>The source alert states in the store's SQLite file, written through its one writer.</summary>
internal sealed class SqliteSourceAlertStore(SqliteDatabase database) : ISourceAlertStore
{
    public async Task InitializeAsync(CancellationToken ct)
    {
        if (Path.GetDirectoryName(database.FilePath) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        await database.WriteAsync(
            async (connection, transaction) => await SqliteSourceAlertSchema.MigrateAsync(connection, transaction, ct),
            ct);
    }

    public async Task<IReadOnlyList<SourceAlertState>> ListAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        await using var select = connection.Command(
            "SELECT source_id, kind, raised_at, notified_at, muted_until FROM source_alerts ORDER BY source_id;");
        await using var reader = await select.ExecuteReaderAsync(ct);
        var states = new List<SourceAlertState>();
        while (await reader.ReadAsync(ct))
        {
            states.Add(new SourceAlertState(
                reader.GetString("source_id"),
                reader.GetStringOrNull("kind"),
                reader.GetInstantOrNull("raised_at"),
                reader.GetInstantOrNull("notified_at"),
                reader.GetInstantOrNull("muted_until")));
        }

        return states;
    }

    public Task RaiseAsync(string sourceId, string kind, DateTimeOffset at, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return UpsertAsync(
            sourceId,
            "kind = $kind, raised_at = $at, notified_at = NULL",
            command => command.With("$kind", kind).With("$at", Instant(at)),
            ct);
    }

    public Task MarkNotifiedAsync(string sourceId, DateTimeOffset at, CancellationToken ct) =>
        UpsertAsync(sourceId, "notified_at = $at", command => command.With("$at", Instant(at)), ct);

    public Task ClearAsync(string sourceId, CancellationToken ct) =>
        UpsertAsync(sourceId, "kind = NULL, raised_at = NULL, notified_at = NULL", _ => { }, ct);

    public Task MuteAsync(string sourceId, DateTimeOffset? until, CancellationToken ct) =>
        UpsertAsync(sourceId, "muted_until = $until", command => command.With("$until", InstantOrNull(until)), ct);

    private Task UpsertAsync(string sourceId, string assignments, Action<SqliteCommand> parameters, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        return database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var upsert = connection.Command(
                    $"""
                    INSERT INTO source_alerts (source_id) VALUES ($source_id) ON CONFLICT (source_id) DO NOTHING;
                    UPDATE source_alerts SET {assignments} WHERE source_id = $source_id;
                    """,
                    transaction).With("$source_id", sourceId);
                parameters(upsert);
                await upsert.ExecuteNonQueryAsync(ct);
            },
            ct);
    }
}
