namespace JobAggregator.Store.Sqlite;

/// <summary>The facet counts of the listing with no filter (every open posting shown for its opening), kept by triggers
/// as postings and their categories are written, so <see cref="SqliteFacets"/> reads a few thousand small rows instead
/// of passing over every listed posting. <c>listed_facet_counts</c> holds one row per combination of the facets' values
/// with how many listed postings have it, exactly the rows the grouped pass gave (<see cref="SqliteFacets.TallySql"/>),
/// so the same tally reads them; absent values are stored as '' (which no facet lists). <c>listed_category_counts</c>
/// holds, for each category, the listed postings that carry it.</summary>
internal static class ListedFacetCountsSql
{
    /// <summary>The facets' columns of <c>listed_facet_counts</c>, in its key's order.</summary>
    public const string Columns = """
        organization_id_folded, organization_id, organization_name, location_country, location_region, remote,
        employment_type, language
        """;

    // Declared before the statements made from them: static fields are set in the order they are written.
    /// <summary>How <c>posting_categories</c> pointed at its posting before schema step 12: by id.</summary>
    private static readonly CategoryKey CategoriesById = new("posting_id", "id");

    /// <summary>How it points at its posting since: by seq.</summary>
    private static readonly CategoryKey CategoriesBySeq = new("posting_seq", "seq");

    /// <summary>The tables and triggers (a schema step), counted from the postings; safe to apply again, as a file whose
    /// version was set back applies its later steps again.</summary>
    public static readonly string Create = $"""
        CREATE TABLE IF NOT EXISTS listed_facet_counts (
            organization_id_folded TEXT NOT NULL,
            organization_id TEXT NOT NULL,
            organization_name TEXT NOT NULL,
            location_country TEXT NOT NULL,
            location_region TEXT NOT NULL,
            remote INTEGER NOT NULL,
            employment_type TEXT NOT NULL,
            language TEXT NOT NULL,
            listed INTEGER NOT NULL,
            PRIMARY KEY ({Columns})
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS listed_category_counts (
            category TEXT NOT NULL PRIMARY KEY,
            listed INTEGER NOT NULL
        ) WITHOUT ROWID;

        {RecountBy(CategoriesById)}

        CREATE TRIGGER IF NOT EXISTS listed_facet_counts_posting_insert AFTER INSERT ON postings WHEN {Listed("new")} BEGIN
            {Move("new", "+")}
            {MoveCategories(CategoriesById, "new", "+")}
        END;
        CREATE TRIGGER IF NOT EXISTS listed_facet_counts_posting_delete AFTER DELETE ON postings WHEN {Listed("old")} BEGIN
            {Move("old", "-")}
            {MoveCategories(CategoriesById, "old", "-")}
        END;
        -- Only a change to what the counts hold costs anything: rewriting a posting with the same values moves nothing.
        CREATE TRIGGER IF NOT EXISTS listed_facet_counts_posting_update AFTER UPDATE OF
            status, cluster_rank, organization_id_folded, organization_id, organization_name, location_country,
            location_region, location_remote, location_hybrid, employment_type, language ON postings
        WHEN ({Listed("old")} OR {Listed("new")}) AND (old.status IS NOT new.status OR old.cluster_rank IS NOT new.cluster_rank
            OR old.organization_id_folded IS NOT new.organization_id_folded OR old.organization_id IS NOT new.organization_id
            OR old.organization_name IS NOT new.organization_name OR old.location_country IS NOT new.location_country
            OR old.location_region IS NOT new.location_region OR old.location_remote IS NOT new.location_remote
            OR old.location_hybrid IS NOT new.location_hybrid OR old.employment_type IS NOT new.employment_type
            OR old.language IS NOT new.language) BEGIN
            {Move("old", "-", Listed("old"))}
            {Move("new", "+", Listed("new"))}
        END;
        {CategoryTriggers(CategoriesById)}
        """;

    /// <summary>The triggers that read or write <c>posting_categories</c>, dropped before the table is made again.</summary>
    public const string DropCategoryTriggers = """
        DROP TRIGGER IF EXISTS listed_facet_counts_posting_insert;
        DROP TRIGGER IF EXISTS listed_facet_counts_posting_delete;
        DROP TRIGGER IF EXISTS listed_category_counts_posting_update;
        DROP TRIGGER IF EXISTS listed_category_counts_category_insert;
        DROP TRIGGER IF EXISTS listed_category_counts_category_delete;
        """;

    /// <summary>The triggers of <see cref="DropCategoryTriggers"/> made again for categories keyed by the posting's
    /// <c>seq</c> (a schema step).</summary>
    public static readonly string CreateCategoryTriggers = $"""
        CREATE TRIGGER listed_facet_counts_posting_insert AFTER INSERT ON postings WHEN {Listed("new")} BEGIN
            {Move("new", "+")}
            {MoveCategories(CategoriesBySeq, "new", "+")}
        END;
        CREATE TRIGGER listed_facet_counts_posting_delete AFTER DELETE ON postings WHEN {Listed("old")} BEGIN
            {Move("old", "-")}
            {MoveCategories(CategoriesBySeq, "old", "-")}
        END;
        {CategoryTriggers(CategoriesBySeq)}
        """;

    /// <summary>Counts both tables again from the postings; for a store filled with its triggers set aside.</summary>
    public static readonly string Recount = RecountBy(CategoriesBySeq);

    private static string CategoryTriggers(CategoryKey key) => $"""
        CREATE TRIGGER IF NOT EXISTS listed_category_counts_posting_update AFTER UPDATE OF status, cluster_rank ON postings
        WHEN {Listed("old")} IS NOT {Listed("new")} BEGIN
            {MoveCategories(key, "old", "-", Listed("old"))}
            {MoveCategories(key, "new", "+", Listed("new"))}
        END;
        CREATE TRIGGER IF NOT EXISTS listed_category_counts_category_insert AFTER INSERT ON posting_categories
        WHEN EXISTS (SELECT 1 FROM postings p WHERE p.{key.PostingColumn} = new.{key.Column} AND {Listed("p")}) BEGIN
            INSERT INTO listed_category_counts (category, listed) VALUES (new.category, 1)
            ON CONFLICT (category) DO UPDATE SET listed = listed + 1;
        END;
        CREATE TRIGGER IF NOT EXISTS listed_category_counts_category_delete AFTER DELETE ON posting_categories
        WHEN EXISTS (SELECT 1 FROM postings p WHERE p.{key.PostingColumn} = old.{key.Column} AND {Listed("p")}) BEGIN
            UPDATE listed_category_counts SET listed = listed - 1 WHERE category = old.category;
        END;
        """;

    private static string RecountBy(CategoryKey key) => $"""
        DELETE FROM listed_facet_counts;
        INSERT INTO listed_facet_counts (organization_id_folded, organization_id, organization_name, location_country,
            location_region, remote, employment_type, language, listed)
        SELECT organization_id_folded, organization_id, organization_name, COALESCE(location_country, ''),
            COALESCE(location_region, ''), (location_remote OR location_hybrid), COALESCE(employment_type, ''),
            COALESCE(language, ''), COUNT(*)
        FROM postings WHERE status = 'open' AND cluster_rank = 0
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
        DELETE FROM listed_category_counts;
        INSERT INTO listed_category_counts (category, listed)
        SELECT c.category, COUNT(*) FROM posting_categories c JOIN postings p ON p.{key.PostingColumn} = c.{key.Column}
        WHERE p.status = 'open' AND p.cluster_rank = 0
        GROUP BY c.category;
        """;

    /// <summary>The counts as the tally reads them: one row per combination still listed.</summary>
    public const string Read = $"""
        SELECT {Columns}, listed FROM listed_facet_counts WHERE listed > 0;
        """;

    public const string ReadCategories = "SELECT category, listed FROM listed_category_counts WHERE listed > 0;";

    private static string Listed(string row) => $"({row}.status = 'open' AND {row}.cluster_rank = 0)";

    /// <summary>Moves the count of <paramref name="row"/>'s combination by one, when <paramref name="when"/> holds.</summary>
    private static string Move(string row, string sign, string when = "1") => $"""
        INSERT INTO listed_facet_counts ({Columns}, listed)
        SELECT {row}.organization_id_folded, {row}.organization_id, {row}.organization_name, COALESCE({row}.location_country, ''),
            COALESCE({row}.location_region, ''), ({row}.location_remote OR {row}.location_hybrid),
            COALESCE({row}.employment_type, ''), COALESCE({row}.language, ''), {sign}1
        WHERE {when}
        ON CONFLICT ({Columns}) DO UPDATE SET listed = listed + excluded.listed;
        """;

    /// <summary>Moves the count of each of <paramref name="row"/>'s categories by one, when <paramref name="when"/> holds.
    /// </summary>
    private static string MoveCategories(CategoryKey key, string row, string sign, string when = "1") => $"""
        INSERT INTO listed_category_counts (category, listed)
        SELECT category, {sign}1 FROM posting_categories WHERE {key.Column} = {row}.{key.PostingColumn} AND {when}
        ON CONFLICT (category) DO UPDATE SET listed = listed + excluded.listed;
        """;

    /// <param name="Column">The column of <c>posting_categories</c> that names the posting.</param>
    /// <param name="PostingColumn">The column of <c>postings</c> it holds.</param>
    private sealed record CategoryKey(string Column, string PostingColumn);
}
