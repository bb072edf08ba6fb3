namespace JobAggregator.Store.Sqlite;

/// <summary>The statements that keep <c>source_summaries</c> (schema step ListingIndexesAndSourceSummariesStep), one
/// row of health a source: recomputed from the source's own runs whenever one is recorded (each figure an index seek on
/// that source's runs, so runs recorded out of order still give the right health), and its two posting counts moved
/// by each posting written in between.</summary>
internal static class SourceSummarySql
{
    private const string ReadingRuns = "ok = 1 AND not_modified = 0";

    /// <summary>An UPDATE recomputing the summaries <paramref name="where"/> selects, the source being
    /// <paramref name="source"/> (a column or a trigger's <c>new.source_id</c>).</summary>
    public static string Recompute(string source, string where) => $"""
        UPDATE source_summaries SET
            last_run_at = (SELECT MAX(finished_at) FROM scrape_runs r WHERE r.source_id = {source}),
            last_success_at = (SELECT MAX(finished_at) FROM scrape_runs r WHERE r.source_id = {source} AND r.ok = 1),
            last_failure_at = (SELECT MAX(finished_at) FROM scrape_runs r WHERE r.source_id = {source} AND r.ok = 0),
            last_error = (SELECT error FROM scrape_runs r WHERE r.source_id = {source} AND r.ok = 0
                ORDER BY finished_at DESC LIMIT 1),
            consecutive_failures = (SELECT COUNT(*) FROM scrape_runs r WHERE r.source_id = {source} AND r.ok = 0
                AND r.started_at > COALESCE(
                    (SELECT MAX(started_at) FROM scrape_runs q WHERE q.source_id = {source} AND q.ok = 1), '')),
            postings_found = (SELECT postings_found FROM scrape_runs r WHERE r.source_id = {source} AND {ReadingRuns}
                ORDER BY started_at DESC LIMIT 1),
            last_no_postings_reason = (SELECT CASE WHEN postings_found = 0 THEN no_postings_reason END FROM scrape_runs r
                WHERE r.source_id = {source} AND {ReadingRuns} ORDER BY started_at DESC LIMIT 1),
            last_explanation = (SELECT CASE WHEN postings_found = 0 THEN explanation END FROM scrape_runs r
                WHERE r.source_id = {source} AND {ReadingRuns} ORDER BY started_at DESC LIMIT 1),
            previous_postings_found = (SELECT postings_found FROM scrape_runs r WHERE r.source_id = {source} AND {ReadingRuns}
                ORDER BY started_at DESC LIMIT 1 OFFSET 1),
            partial_drop = (SELECT partial_drop FROM scrape_runs r WHERE r.source_id = {source} AND {ReadingRuns}
                ORDER BY started_at DESC LIMIT 1),
            reading_started_at = (SELECT started_at FROM scrape_runs r WHERE r.source_id = {source} AND {ReadingRuns}
                ORDER BY started_at DESC LIMIT 1),
            latest_started_at = (SELECT started_at FROM scrape_runs r WHERE r.source_id = {source}
                ORDER BY started_at DESC LIMIT 1),
            latest_finished_at = (SELECT finished_at FROM scrape_runs r WHERE r.source_id = {source}
                ORDER BY started_at DESC LIMIT 1),
            open_postings = (SELECT COUNT(*) FROM postings p WHERE p.source_id = {source} AND p.status = 'open'),
            postings_stored = (SELECT COUNT(*) FROM postings p WHERE p.source_id = {source} AND p.last_seen >= COALESCE(
                (SELECT started_at FROM scrape_runs r WHERE r.source_id = {source} AND {ReadingRuns}
                    ORDER BY started_at DESC LIMIT 1), '9999'))
        WHERE {where};
        """;

    /// <summary>An UPDATE adding (<paramref name="sign"/> <c>+</c>) or taking away (<c>-</c>) the posting
    /// <paramref name="row"/> (<c>new</c> or <c>old</c>) from its source's open and stored counts.</summary>
    public static string Count(string row, string sign) => $"""
        UPDATE source_summaries SET
            open_postings = open_postings {sign} ({row}.status = 'open'),
            postings_stored = postings_stored {sign} ({row}.last_seen >= COALESCE(reading_started_at, '9999'))
        WHERE source_id = {row}.source_id;
        """;

    /// <summary>Every source's health, one summary row each.</summary>
    public const string Read = """
        SELECT
            s.source_id, m.last_run_at, m.last_success_at, m.last_failure_at, m.last_error,
            COALESCE(m.consecutive_failures, 0) AS consecutive_failures, m.postings_found, m.last_no_postings_reason,
            m.last_explanation, m.previous_postings_found, m.partial_drop,
            COALESCE(m.open_postings, 0) AS open_postings, COALESCE(m.postings_stored, 0) AS postings_stored,
            m.latest_started_at, m.latest_finished_at
        FROM sources s LEFT JOIN source_summaries m ON m.source_id = s.source_id
        ORDER BY s.source_id;
        """;
}
