using JobAggregator.Store.Sqlite;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>Each source's health is kept in <c>source_summaries</c> as runs are recorded and postings written, and
/// read from there alone; the contract tests check its figures, these that it is kept and not derived at read.</summary>
public sealed class SqliteSourceSummaryTests : IDisposable
{
    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_is_read_from_the_summary_even_when_the_runs_are_gone()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-1", T0.AddMinutes(1)), Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-2", T0.AddMinutes(1)), Ct);
        await _sqlite.Store.CompleteRunAsync(Completed(T0, ["key-1", "key-2"]), Ct);
        await _sqlite.Store.FailRunAsync(Failed(T0.AddHours(1)), Ct);

        // Without the trigger that would recompute the summary, the runs vanish from under it.
        await _sqlite.ScalarAsync("DROP TRIGGER source_summaries_run_delete; DELETE FROM scrape_runs;", Ct);
        var health = Assert.Single(await _sqlite.Reader.GetSourceHealthAsync(Ct));

        Assert.Equal(2, health.PostingsFound);
        Assert.Equal(2, health.OpenPostings);
        Assert.Equal(2, health.PostingsStored);
        Assert.Equal(1, health.ConsecutiveFailures);
        Assert.Equal("HTTP 503 Service Unavailable", health.LastError);
        Assert.Equal(T0.AddHours(1).AddSeconds(30), health.LastRunAt);
    }

    [Fact]
    public async Task Postings_written_after_the_run_move_the_open_and_stored_counts()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-1", T0.AddMinutes(1)), Ct);
        await _sqlite.Store.CompleteRunAsync(Completed(T0, ["key-1", "key-2", "key-3"]), Ct);
        var before = Assert.Single(await _sqlite.Reader.GetSourceHealthAsync(Ct));

        // The run's other postings arrive after the run was recorded, as they do from a busy normalizer.
        await _sqlite.Store.UpsertAsync(Posting("key-2", T0.AddMinutes(3)), Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-3", T0.AddMinutes(3)), Ct);
        var after = Assert.Single(await _sqlite.Reader.GetSourceHealthAsync(Ct));

        Assert.Equal((1, 1), (before.OpenPostings, before.PostingsStored));
        Assert.Equal((3, 3), (after.OpenPostings, after.PostingsStored));
        Assert.Equal(await CountedAsync("SELECT COUNT(*) FROM postings WHERE status = 'open'"), after.OpenPostings);
    }

    [Fact]
    public async Task A_file_made_before_the_summaries_gets_them_filled_from_its_runs_when_it_migrates()
    {
        // The store's readers never create the file; the older version's file is made here, as that version made it.
        Directory.CreateDirectory(Path.GetDirectoryName(_sqlite.FilePath)!);
        await File.WriteAllBytesAsync(_sqlite.FilePath, [], Ct);
        await using (var connection = await _sqlite.Database.OpenAsync(Ct))
        await using (var transaction = connection.BeginTransaction(deferred: false))
        {
            await SqliteSchema.MigrateAsync(connection, transaction, SqliteSchema.SourceSummariesVersion - 1, Ct);
            await using var insert = connection.Command(
                """
                INSERT INTO sources (source_id) VALUES ('older');
                INSERT INTO scrape_runs (run_id, source_id, started_at, finished_at, ok, not_modified, postings_found)
                VALUES ('run-1', 'older', '2025-03-01T08:00:00.0000000+00:00', '2025-03-01T08:02:00.0000000+00:00', 1, 0, 7),
                       ('run-2', 'older', '2025-03-01T09:00:00.0000000+00:00', '2025-03-01T09:00:30.0000000+00:00', 0, 0, NULL);
                """,
                transaction);
            await insert.ExecuteNonQueryAsync(Ct);
            await transaction.CommitAsync(Ct);
        }

        await _sqlite.Store.InitializeAsync(Ct);
        var health = Assert.Single(await _sqlite.Reader.GetSourceHealthAsync(Ct));

        Assert.Equal("older", health.SourceId);
        Assert.Equal(7, health.PostingsFound);
        Assert.Equal(1, health.ConsecutiveFailures);
        Assert.Equal(new DateTimeOffset(2025, 3, 1, 9, 0, 30, TimeSpan.Zero), health.LastRunAt);
    }

    public void Dispose() => _sqlite.Dispose();

    private async Task<int> CountedAsync(string sql) => Convert.ToInt32(await _sqlite.ScalarAsync(sql, Ct), System.Globalization.CultureInfo.InvariantCulture);
}
