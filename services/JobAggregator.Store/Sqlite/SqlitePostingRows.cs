using JobAggregator.Contracts;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>How a row of <c>postings</c> reads back as a <see cref="StoredPosting"/>, for the reader and for the writer,
/// which compares the stored posting with a new version.</summary>
internal static class SqlitePostingRows
{
    /// <summary>The columns <see cref="Read"/> needs, qualified by the alias <c>p</c>.</summary>
    public const string Columns = """
        p.id, p.source_id, p.title, p.organization_id, p.organization_name,
        p.location_text, p.location_city, p.location_region, p.location_country, p.location_remote,
        p.location_hybrid, p.location_other_places,
        p.employment_type, p.has_salary, p.salary_min, p.salary_max, p.salary_currency, p.salary_period, p.salary_text,
        p.salary_annual_min, p.salary_annual_max,
        p.date_posted, p.valid_through, p.description_html, p.description_text, p.url, p.apply_url, p.extracted_by,
        p.content_hash, p.first_seen, p.last_seen, p.updated, p.closed_at, p.status,
        p.categories, p.language, p.open_until_filled, p.date_posted_suspect, p.closed_reason, p.source_organization_id,
        p.cluster_id, p.cluster_rank, p.merge_reason
        """;

    public static StoredPosting Read(SqliteDataReader reader)
    {
        NormalizedSalary? salary = reader.GetInt64("has_salary") != 0
            ? new NormalizedSalary(
                reader.GetDecimalOrNull("salary_min"),
                reader.GetDecimalOrNull("salary_max"),
                reader.GetStringOrNull("salary_currency"),
                reader.GetStringOrNull("salary_period"),
                reader.GetStringOrNull("salary_text"))
            {
                AnnualMin = reader.GetDecimalOrNull("salary_annual_min"),
                AnnualMax = reader.GetDecimalOrNull("salary_annual_max"),
            }
            : null;

        return new StoredPosting(
            reader.GetString("id"),
            reader.GetString("source_id"),
            reader.GetString("title"),
            new NormalizedOrganization(reader.GetString("organization_id"), reader.GetString("organization_name")),
            new NormalizedLocation(
                reader.GetStringOrNull("location_text"),
                reader.GetStringOrNull("location_city"),
                reader.GetStringOrNull("location_region"),
                reader.GetStringOrNull("location_country"),
                reader.GetInt64("location_remote") != 0)
            {
                Hybrid = reader.GetInt64("location_hybrid") != 0,
                OtherPlaces = SqliteValues.ParseJsonList<NormalizedPlace>(reader.GetString("location_other_places")),
            },
            reader.GetStringOrNull("employment_type"),
            salary,
            reader.GetStringOrNull("date_posted") is { } posted ? SqliteValues.ParseDate(posted) : null,
            reader.GetStringOrNull("valid_through") is { } through ? SqliteValues.ParseDate(through) : null,
            reader.GetStringOrNull("description_html"),
            reader.GetStringOrNull("description_text"),
            reader.GetStringOrNull("url"),
            reader.GetStringOrNull("apply_url"),
            reader.GetString("extracted_by"),
            reader.GetString("content_hash"),
            SqliteValues.ParseInstant(reader.GetString("first_seen")),
            SqliteValues.ParseInstant(reader.GetString("last_seen")),
            reader.GetInstantOrNull("updated"),
            reader.GetInstantOrNull("closed_at"),
            reader.GetString("status") == SqliteValues.Closed ? PostingStatus.Closed : PostingStatus.Open)
        {
            Categories = SqliteValues.ParseJsonList<string>(reader.GetString("categories")),
            Language = reader.GetStringOrNull("language"),
            OpenUntilFilled = reader.GetInt64("open_until_filled") != 0,
            DatePostedSuspect = reader.GetInt64("date_posted_suspect") != 0,
            ClosedReason = reader.GetStringOrNull("closed_reason"),
            SourceOrganizationId = reader.GetStringOrNull("source_organization_id"),
            ClusterId = reader.GetStringOrNull("cluster_id"),
            MergeReason = reader.GetStringOrNull("merge_reason"),
        };
    }
}
