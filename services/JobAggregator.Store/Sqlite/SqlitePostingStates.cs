using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.Postings;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>How a row of <c>postings</c> reads as the <see cref="PostingLifecycleState"/> the rules decide on, and which
/// rows a run's closing reads.</summary>
internal static class SqlitePostingStates
{
    /// <summary>The columns <see cref="Read"/> needs, qualified by the alias <c>p</c>.</summary>
    public const string Columns = """
        p.id, p.source_id, p.organization_id, p.content_hash, p.status, p.last_seen, p.valid_through,
        p.open_until_filled, p.missed_runs, COALESCE(p.closed_by_run_started_at, p.closed_at) AS closed_by
        """;

    /// <summary>One posting, by its key.</summary>
    public const string ById = $"SELECT {Columns} FROM postings p WHERE p.id = @id;";

    /// <summary>What the run's closing may change of its source: the open postings it did not list (a miss or gone),
    /// and those it listed that are closed (a reopening), have misses to forget or are gone. A listed open posting with
    /// no misses is only seen, which one statement does for every listed posting, so a re-read of an unchanged listing
    /// reads none of its rows; those past their closing date are read apart (<see cref="MaybeExpired"/>). The keys are
    /// bound as UTF-8 (<see cref="SqliteKeyList"/>).</summary>
    public const string OfRunSource = $"""
        SELECT {Columns} FROM postings p
        WHERE p.source_id = @source_id AND CASE WHEN p.id IN (SELECT value FROM json_each(CAST(@keys AS TEXT)))
            THEN p.status <> 'open' OR p.missed_runs <> 0 OR p.id IN (SELECT value FROM json_each(CAST(@gone AS TEXT)))
            ELSE p.status = 'open' END;
        """;

    /// <summary>Every source's open postings that may be past their closing date: narrowed by the status and
    /// valid-through index; <see cref="RunClosing"/> decides.</summary>
    public const string MaybeExpired = $"""
        SELECT {Columns} FROM postings p
        WHERE p.status = 'open' AND p.valid_through < @today;
        """;

    public static PostingLifecycleState Read(SqliteDataReader reader) =>
        new(
            reader.GetString("id"),
            reader.GetString("source_id"),
            reader.GetString("organization_id"),
            reader.GetString("content_hash"),
            reader.GetString("status") == SqliteValues.Closed ? PostingStatus.Closed : PostingStatus.Open,
            SqliteValues.ParseInstant(reader.GetString("last_seen")),
            reader.GetStringOrNull("valid_through") is { } through ? SqliteValues.ParseDate(through) : null,
            reader.GetInt64("open_until_filled") != 0)
        {
            ClosedBy = reader.GetInstantOrNull("closed_by"),
            MissedRuns = (int)reader.GetInt64("missed_runs"),
        };
}
