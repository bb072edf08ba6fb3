using JobAggregator.Contracts;
using JobAggregator.Store.Openings;
using JobAggregator.Store.Reading;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>The one list of the <c>postings</c> columns a posting's content is written to: the content itself
/// (<see cref="SqlitePostingContent"/>), which is what a posting reads back from, and the values SQL matches, sorts,
/// indexes and clusters on, each derived from it. The INSERT, the UPDATE and their parameters are made from this list;
/// a field of <see cref="PostingNormalized"/> needs a column here only when SQL must see it (and then a schema step).
/// </summary>
internal static class SqlitePostingColumns
{
    private static readonly ContentColumn[] Columns =
    [
        new("content", (posting, _) => SqlitePostingContent.Write(posting)),
        new("content_hash", (posting, _) => posting.ContentHash),
        new("title", (posting, _) => posting.Title),
        new("organization_id", (posting, _) => posting.Organization.Id),
        new("organization_name", (posting, _) => posting.Organization.Name),
        new("organization_id_folded", (_, search) => search.OrganizationId),
        new("organization_name_folded", (_, search) => search.OrganizationName),
        new("source_organization_id", (posting, _) => posting.SourceOrganizationId),
        new("location_city", (posting, _) => posting.Location.City),
        new("location_region", (posting, _) => posting.Location.Region),
        new("location_country", (posting, _) => posting.Location.Country),
        new("location_remote", (posting, _) => posting.Location.Remote),
        new("location_hybrid", (posting, _) => posting.Location.Hybrid),
        new("location_search", (_, search) => search.LocationSearch),
        new("employment_type", (posting, _) => posting.EmploymentType),
        new("has_salary", (posting, _) => posting.Salary is not null),
        new("salary_currency", (posting, _) => posting.Salary?.Currency),
        new("salary_annual_top", (_, search) => (double?)search.AnnualPay),
        new("date_posted", (posting, _) => SqliteValues.DateOrNull(posting.DatePosted)),
        new("date_posted_suspect", (_, search) => search.DatePostedSuspect),
        new("posted_on", (_, search) => SqliteValues.DateOrNull(search.EffectivePosted)),
        new("valid_through", (posting, _) => SqliteValues.DateOrNull(posting.ValidThrough)),
        new("open_until_filled", (posting, _) => posting.OpenUntilFilled),
        new("description_text", (posting, _) => posting.DescriptionText),
        new("url", (posting, _) => posting.Url),
        new("language", (posting, _) => posting.Language),
    ];

    /// <summary>A new posting: its content, key, source, and <c>@at</c> as its first and last sighting, open, in an
    /// opening of its own; returns its <c>seq</c>, which its categories point at.</summary>
    /// <remarks>The opening is the place the clustering, run in the same write, gives a posting that has no copy (most
    /// new ones), so that usual case needs no second update of the row.</remarks>
    public static readonly string Insert = $"""
        INSERT INTO postings (id, source_id, first_seen, last_seen, updated, status, cluster_id, {Names("")})
        VALUES (@id, @source_id, @at, @at, NULL, 'open', '{OpeningClusterIds.Prefix}' || @id, {Names("@")})
        RETURNING seq;
        """;

    /// <summary>The content's columns set to their parameters, for an UPDATE.</summary>
    public static readonly string Assignments = string.Join(",\n", Columns.Select(column => $"{column.Name} = @{column.Name}"));

    /// <summary>Every column's value, in the order <see cref="WithContent"/> binds them.</summary>
    /// <param name="firstSeen">When the posting was first seen, which decides whether its stated date is trusted.</param>
    public static object?[] ValuesOf(PostingNormalized posting, DateTimeOffset firstSeen)
    {
        var search = PostingSearchFields.Of(posting, firstSeen);
        var values = new object?[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            values[i] = Columns[i].Value(posting, search);
        }

        return values;
    }

    /// <summary>Adds a parameter for every column, from <see cref="ValuesOf"/>.</summary>
    public static SqliteCommand WithContent(this SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            command.With(ParameterNames[i], values[i]);
        }

        return command;
    }

    private static readonly string[] ParameterNames = Columns.Select(column => "@" + column.Name).ToArray();

    private static string Names(string prefix) => string.Join(", ", Columns.Select(column => prefix + column.Name));

    private sealed record ContentColumn(string Name, Func<PostingNormalized, PostingSearchFields, object?> Value);
}
