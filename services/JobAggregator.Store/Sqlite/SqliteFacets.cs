using JobAggregator.Store.Reading;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>The facet counts of a search: one grouped count per facet, each over the search without that facet's own
/// filter, in the caller's transaction so every facet reads the same snapshot.</summary>
internal static class SqliteFacets
{
    public static async Task<JobFacets> ReadAsync(
        SqliteConnection connection, SqliteTransaction transaction, JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        // Grouped by the folded id the filter matches; the id and name shown are the smallest of the group, as in MongoDB.
        var organizations = await CountAsync(
            connection,
            transaction,
            query with { Organization = null },
            where => $"""
                SELECT MIN(p.organization_id), MIN(p.organization_name), COUNT(*) FROM postings p {where}
                GROUP BY p.organization_id_folded;
                """,
            ct);
        var countries = await CountAsync(
            connection,
            transaction,
            query with { Country = null },
            where => $"""
                SELECT upper(p.location_country), NULL, COUNT(*) FROM postings p {where} AND p.location_country IS NOT NULL
                GROUP BY 1;
                """,
            ct);
        // Regions differing only in the case of ASCII letters are one, shown as the smallest spelling, as in MongoDB.
        var regions = await CountAsync(
            connection,
            transaction,
            query with { Region = null },
            where => $"""
                SELECT MIN(p.location_region), NULL, COUNT(*) FROM postings p {where} AND p.location_region IS NOT NULL
                GROUP BY p.location_region COLLATE NOCASE;
                """,
            ct);
        var remote = await CountAsync(
            connection,
            transaction,
            query with { Remote = null },
            where => $"""
                SELECT CASE WHEN (p.location_remote OR p.location_hybrid) THEN 'true' ELSE 'false' END, NULL, COUNT(*)
                FROM postings p {where}
                GROUP BY 1;
                """,
            ct);
        var employmentTypes = await CountAsync(
            connection,
            transaction,
            query with { EmploymentType = null },
            where => $"""
                SELECT upper(p.employment_type), NULL, COUNT(*) FROM postings p {where} AND p.employment_type IS NOT NULL
                GROUP BY 1;
                """,
            ct);
        var categories = await CountAsync(
            connection,
            transaction,
            query with { Category = null },
            where => $"""
                SELECT c.category, NULL, COUNT(*) FROM posting_categories c JOIN postings p ON p.id = c.posting_id {where}
                GROUP BY c.category;
                """,
            ct);
        var languages = await CountAsync(
            connection,
            transaction,
            query with { Language = null },
            where => $"""
                SELECT lower(p.language), NULL, COUNT(*) FROM postings p {where} AND p.language IS NOT NULL
                GROUP BY 1;
                """,
            ct);
        return new JobFacets(organizations, countries, regions, remote, employmentTypes, categories, languages);
    }

    /// <param name="sql">The grouped count over the search's conditions (a WHERE clause): value, label, count.</param>
    private static async Task<IReadOnlyList<FacetCount>> CountAsync(
        SqliteConnection connection, SqliteTransaction transaction, JobQuery query, Func<string, string> sql, CancellationToken ct)
    {
        var search = SqliteJobSearch.Build(query);
        await using var select = connection.Command(sql(search.Where), transaction);
        foreach (var (name, value) in search.Parameters)
        {
            select.With(name, value);
        }

        var counts = new List<FacetCount>();
        await using var reader = await select.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            counts.Add(new FacetCount(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                (int)reader.GetInt64(2)));
        }

        return JobFacets.Ordered(counts);
    }
}
