using JobAggregator.Store.Sqlite;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>What the SQLite file holds, beyond the provider-neutral contract.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly SqliteStore _sqlite = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialize_creates_the_missing_folder_and_switches_to_wal()
    {
        await _sqlite.Store.InitializeAsync(Ct);

        Assert.True(File.Exists(_sqlite.FilePath));
        Assert.Equal("wal", await _sqlite.ScalarAsync("PRAGMA journal_mode;", Ct));
        Assert.Equal(1L, await _sqlite.ScalarAsync("PRAGMA foreign_keys;", Ct));
        Assert.Equal(5000L, await _sqlite.ScalarAsync("PRAGMA busy_timeout;", Ct));
    }

    [Fact]
    public async Task Initialize_twice_records_the_schema_version_once()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.InitializeAsync(Ct);

        Assert.Equal((long)SqliteSchema.CurrentVersion, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM schema_version;", Ct));
        Assert.Equal((long)SqliteSchema.CurrentVersion, await _sqlite.ScalarAsync("SELECT MAX(version) FROM schema_version;", Ct));
    }

    [Fact]
    public async Task Not_ready_before_initialize()
    {
        Assert.False(await _sqlite.Reader.IsReadyAsync(Ct));
    }

    [Fact]
    public async Task Same_completed_run_twice_is_recorded_once()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        var run = Completed(T0, ["key-1"]);

        await _sqlite.Store.CompleteRunAsync(run, Ct);
        await _sqlite.Store.CompleteRunAsync(run, Ct);

        Assert.Equal(1L, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM scrape_runs;", Ct));
    }

    [Fact]
    public async Task Changed_content_records_a_revision_with_old_and_new_hash()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-1", T0, hash: "hash-1"), Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-1", T0.AddHours(1), hash: "hash-1"), Ct);

        await _sqlite.Store.UpsertAsync(Posting("key-1", T0.AddHours(2), hash: "hash-2"), Ct);

        Assert.Equal(1L, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM posting_revisions;", Ct));
        Assert.Equal(
            "key-1|hash-1|hash-2",
            await _sqlite.ScalarAsync("SELECT posting_id || '|' || old_hash || '|' || new_hash FROM posting_revisions;", Ct));
    }

    [Fact]
    public async Task Salary_is_kept_as_exact_decimal_text()
    {
        await _sqlite.Store.InitializeAsync(Ct);

        await _sqlite.Store.UpsertAsync(
            Posting("key-1") with { Salary = new Contracts.NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", null) },
            Ct);

        // The content's JSON keeps the figures as written, never as floating point.
        Assert.StartsWith(
            """{"min":17.89,"max":50.98,""",
            (string?)await _sqlite.ScalarAsync("SELECT json_extract(content, '$.salary') FROM postings;", Ct));
    }

    [Fact]
    public async Task Closing_records_the_start_of_the_closing_run()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-1", T0), Ct);
        var run = Completed(T0.AddHours(1), ["key-2"]);

        await _sqlite.Store.CompleteRunAsync(run, Ct);

        Assert.Equal(
            SqliteValues.Instant(run.StartedAt),
            await _sqlite.ScalarAsync("SELECT closed_by_run_started_at FROM postings WHERE id = 'key-1';", Ct));
        Assert.Equal(1L, await _sqlite.ScalarAsync("SELECT closed_postings FROM scrape_runs;", Ct));
    }

    [Fact]
    public async Task Completed_run_records_its_listing_kind_gone_count_and_reason()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-1", T0), Ct);

        await _sqlite.Store.CompleteRunAsync(
            CompletedFromHtml(T0.AddHours(1), []) with
            {
                GonePostingKeys = ["key-1"],
                NoPostingsReason = "no-listing",
                Explanation = "No job listing was found on the page.",
            },
            Ct);

        Assert.Equal(
            "0|1|1|no-listing|No job listing was found on the page.",
            await _sqlite.ScalarAsync(
                """
                SELECT listed_by_api_or_feed || '|' || gone_postings || '|' || closed_postings || '|' || no_postings_reason
                    || '|' || explanation
                FROM scrape_runs;
                """,
                Ct));
    }

    [Fact]
    public async Task Categories_are_indexed_once_each_and_follow_changes()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-1", T0) with { Categories = ["attorney", "policy", "attorney"] }, Ct);
        await _sqlite.Store.UpsertAsync(Posting("key-1", T0.AddHours(1), hash: "hash-2") with { Categories = ["policy"] }, Ct);

        Assert.Equal(
            "policy",
            await _sqlite.ScalarAsync("SELECT group_concat(category) FROM posting_categories WHERE posting_seq = (SELECT seq FROM postings WHERE id = 'key-1');", Ct));
    }

    public void Dispose() => _sqlite.Dispose();
}
