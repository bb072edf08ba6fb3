using JobAggregator.Store.Reading;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>The facet counts of a search, in the caller's transaction so every facet reads the same snapshot. Each
/// facet counts the search without its own filter: one pass over the search's postings tallies every facet whose filter
/// is not set, and each facet whose filter is set gets a pass of its own. The passes read the filter values from one
/// index (ix_postings_facets), not the postings' rows, grouped by SQLite as it walks it; categories come from their own
/// table.</summary>
internal static class SqliteFacets
{
    // In the order of ix_postings_facets, so SQLite groups while it walks the index and hands over one row per
    // combination of values (a few thousand) instead of one per posting (a million).
    private const string FacetColumns = """
        p.organization_id_folded, p.organization_id, p.organization_name, p.location_country, p.location_region,
        p.location_remote, p.location_hybrid, p.employment_type, p.language
        """;

    public static async Task<JobFacets> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        var all = await TallyAsync(connection, transaction, query, ct);
        async Task<SqliteFacetTally> WithoutOwnFilterAsync(bool filtered, Func<JobQuery, JobQuery> without) =>
            filtered ? await TallyAsync(connection, transaction, without(query), ct) : all;

        var organizations = (await WithoutOwnFilterAsync(Set(query.Organization), q => q with { Organization = null })).Organizations;
        var countries = (await WithoutOwnFilterAsync(Set(query.Country), q => q with { Country = null })).Countries;
        var regions = (await WithoutOwnFilterAsync(Set(query.Region), q => q with { Region = null })).Regions;
        var remote = (await WithoutOwnFilterAsync(query.Remote is not null, q => q with { Remote = null })).Remote;
        var employmentTypes = (await WithoutOwnFilterAsync(Set(query.EmploymentType), q => q with { EmploymentType = null })).EmploymentTypes;
        var languages = (await WithoutOwnFilterAsync(Set(query.Language), q => q with { Language = null })).Languages;
        var categories = await CategoriesAsync(connection, transaction, query with { Category = null }, ct);
        return new JobFacets(organizations, countries, regions, remote, employmentTypes, categories, languages);
    }

    /// <summary>The tally of one pass: one row per combination of the facets' values, with its count.</summary>
    public static string TallySql(SqliteJobSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return $"SELECT {FacetColumns}, COUNT(*) FROM postings p {search.Where} GROUP BY {FacetColumns};";
    }

    private static bool Set(string? filter) => !string.IsNullOrWhiteSpace(filter);

    private static async Task<SqliteFacetTally> TallyAsync(
        SqliteConnection connection, SqliteTransaction transaction, JobQuery query, CancellationToken ct)
    {
        var search = SqliteJobSearch.Build(query);
        await using var select = connection.Command(TallySql(search), transaction);
        foreach (var (name, value) in search.Parameters)
        {
            select.With(name, value);
        }

        var tally = new SqliteFacetTally();
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            tally.Add(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt64(5) != 0 || reader.GetInt64(6) != 0,
                reader.IsDBNull(7) ? null : reader.GetString(7),
                reader.IsDBNull(8) ? null : reader.GetString(8),
                (int)reader.GetInt64(9));
        }

        return tally;
    }

    private static async Task<IReadOnlyList<FacetCount>> CategoriesAsync(
        SqliteConnection connection, SqliteTransaction transaction, JobQuery query, CancellationToken ct)
    {
        var search = SqliteJobSearch.Build(query);
        await using var select = connection.Command(
            $"""
            SELECT c.category, COUNT(*) FROM posting_categories c JOIN postings p ON p.id = c.posting_id {search.Where}
            GROUP BY c.category;
            """,
            transaction);
        foreach (var (name, value) in search.Parameters)
        {
            select.With(name, value);
        }

        var counts = new List<FacetCount>();
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts.Add(new FacetCount(reader.GetString(0), null, (int)reader.GetInt64(1)));
        }

        return JobFacets.Ordered(counts);
    }
}
