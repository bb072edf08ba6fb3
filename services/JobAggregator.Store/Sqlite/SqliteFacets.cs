using JobAggregator.Store.Reading;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>The facet counts of a search, in the caller's transaction so every facet reads the same snapshot. Each
/// facet counts the search without its own filter: one pass over the search's postings tallies every facet whose filter
/// is not set, and each facet whose filter is set gets a pass of its own. A pass over the whole listing (no filter at
/// all) reads the counts the store keeps (<see cref="ListedFacetCountsSql"/>); any other pass tallies at most the first
/// <c>limit</c> postings the search finds, so a broad search costs no more than a narrow one, and says when it stopped
/// there (<see cref="JobFacets.Exact"/> false: each count is then a lower bound).</summary>
internal static class SqliteFacets
{
    private const string FacetColumns = """
        p.organization_id_folded AS organization_id_folded, p.organization_id AS organization_id,
        p.organization_name AS organization_name, p.location_country AS location_country,
        p.location_region AS location_region, (p.location_remote OR p.location_hybrid) AS remote,
        p.employment_type AS employment_type, p.language AS language
        """;

    private const string TalliedColumns = """
        organization_id_folded, organization_id, organization_name, location_country, location_region, remote,
        employment_type, language
        """;

    public static async Task<JobFacets> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, JobQuery query, CancellationToken ct, int limit = JobPage.CountLimit)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);

        var exact = true;
        var all = await TallyAsync(connection, transaction, query, limit, ct);
        async Task<SqliteFacetTally> WithoutOwnFilterAsync(bool filtered, Func<JobQuery, JobQuery> without)
        {
            var tally = filtered ? await TallyAsync(connection, transaction, without(query), limit, ct) : all;
            exact &= tally.Exact;
            return tally;
        }

        var organizations = (await WithoutOwnFilterAsync(Set(query.Organization), q => q with { Organization = null })).Organizations;
        var countries = (await WithoutOwnFilterAsync(Set(query.Country), q => q with { Country = null })).Countries;
        var regions = (await WithoutOwnFilterAsync(Set(query.Region), q => q with { Region = null })).Regions;
        var remote = (await WithoutOwnFilterAsync(query.Remote is not null, q => q with { Remote = null })).Remote;
        var employmentTypes = (await WithoutOwnFilterAsync(Set(query.EmploymentType), q => q with { EmploymentType = null })).EmploymentTypes;
        var languages = (await WithoutOwnFilterAsync(Set(query.Language), q => q with { Language = null })).Languages;
        var (categories, categoriesExact) = await CategoriesAsync(connection, transaction, query with { Category = null }, limit, ct);
        return new JobFacets(organizations, countries, regions, remote, employmentTypes, categories, languages)
        {
            Exact = exact && categoriesExact,
        };
    }

    /// <summary>The tally of one pass over at most <c>@facet_limit</c> postings of the search: one row per combination of
    /// the facets' values, with its count.</summary>
    public static string TallySql(SqliteJobSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return $"""
            SELECT {TalliedColumns}, COUNT(*)
            FROM (SELECT {FacetColumns} FROM postings p {search.Where} LIMIT @facet_limit)
            GROUP BY {TalliedColumns};
            """;
    }

    /// <summary>The category counts of at most <c>@facet_limit</c> postings of the search, and (under a null category)
    /// how many postings were read. CROSS JOIN keeps the postings found as the outer loop, each seeking its categories,
    /// where SQLite would otherwise scan every posting's categories.</summary>
    public static string CategoriesSql(SqliteJobSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return $"""
            WITH found AS MATERIALIZED (SELECT p.seq FROM postings p {search.Where} LIMIT @facet_limit)
            SELECT NULL, COUNT(*) FROM found
            UNION ALL
            SELECT c.category, COUNT(*) FROM found CROSS JOIN posting_categories c ON c.posting_seq = found.seq GROUP BY c.category;
            """;
    }

    private static bool Set(string? filter) => !string.IsNullOrWhiteSpace(filter);

    private static async Task<SqliteFacetTally> TallyAsync(
        SqliteConnection connection, SqliteTransaction transaction, JobQuery query, int limit, CancellationToken ct)
    {
        var search = SqliteJobSearch.Build(query);
        var whole = search.ListsEveryOpening;
        await using var select = connection.Command(whole ? ListedFacetCountsSql.Read : TallySql(search), transaction);
        if (!whole)
        {
            // One more than the limit, to know whether the pass stopped there.
            select.With("@facet_limit", limit + 1);
            foreach (var (name, value) in search.Parameters)
            {
                select.With(name, value);
            }
        }

        var tally = new SqliteFacetTally();
        var read = 0;
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var count = (int)reader.GetInt64(8);
            read += count;
            tally.Add(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.GetInt64(5) != 0,
                reader.IsDBNull(6) ? null : reader.GetString(6),
                reader.IsDBNull(7) ? null : reader.GetString(7),
                count);
        }

        tally.Exact = whole || read <= limit;
        return tally;
    }

    private static async Task<(IReadOnlyList<FacetCount> Counts, bool Exact)> CategoriesAsync(
        SqliteConnection connection, SqliteTransaction transaction, JobQuery query, int limit, CancellationToken ct)
    {
        var search = SqliteJobSearch.Build(query);
        var whole = search.ListsEveryOpening;
        await using var select = connection.Command(whole ? ListedFacetCountsSql.ReadCategories : CategoriesSql(search), transaction);
        if (!whole)
        {
            select.With("@facet_limit", limit + 1);
            foreach (var (name, value) in search.Parameters)
            {
                select.With(name, value);
            }
        }

        var counts = new List<FacetCount>();
        var exact = true;
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (reader.IsDBNull(0))
            {
                exact = reader.GetInt64(1) <= limit;
                continue;
            }

            counts.Add(new FacetCount(reader.GetString(0), null, (int)reader.GetInt64(1)));
        }

        return (JobFacets.Ordered(counts), exact);
    }
}
