using JobAggregator.Store.Postings;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>How a row of <c>postings</c> reads back as a <see cref="StoredPosting"/>, for the reader and for the writer,
/// which compares the stored posting with a new version: the content from its column, then the lifecycle.</summary>
internal static class SqlitePostingRows
{
    /// <summary>The columns <see cref="Read"/> needs, qualified by the alias <c>p</c>.</summary>
    public const string Columns = """
        p.content, p.description_text, p.first_seen, p.last_seen, p.updated, p.closed_at, p.status,
        p.date_posted_suspect, p.closed_reason, p.cluster_id, p.cluster_rank, p.merge_reason
        """;

    public static StoredPosting Read(SqliteDataReader reader) =>
        new(
            SqlitePostingContent.Read(reader.GetString("content"), reader.GetStringOrNull("description_text")),
            SqliteValues.ParseInstant(reader.GetString("first_seen")),
            SqliteValues.ParseInstant(reader.GetString("last_seen")),
            reader.GetInstantOrNull("updated"),
            reader.GetInstantOrNull("closed_at"),
            reader.GetString("status") == SqliteValues.Closed ? PostingStatus.Closed : PostingStatus.Open)
        {
            DatePostedSuspect = reader.GetInt64("date_posted_suspect") != 0,
            ClosedReason = reader.GetStringOrNull("closed_reason"),
            ClusterId = reader.GetStringOrNull("cluster_id"),
            MergeReason = reader.GetStringOrNull("merge_reason"),
        };
}
