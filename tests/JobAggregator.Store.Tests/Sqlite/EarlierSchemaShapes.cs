using JobAggregator.Store.Sqlite;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>Statements that give a current file the shape an earlier schema step left, so a test can set the file's
/// version back and watch the steps after it applied to what an earlier build wrote.</summary>
internal static class EarlierSchemaShapes
{
    /// <summary><c>posting_categories</c> as it was before schema step 12: keyed by the posting's id, with the category
    /// counts' triggers of that time.</summary>
    public static readonly string CategoriesKeyedById = $"""
        {ListedFacetCountsSql.DropCategoryTriggers}
        CREATE TABLE posting_categories_by_id (
            category TEXT NOT NULL,
            posting_id TEXT NOT NULL REFERENCES postings (id),
            PRIMARY KEY (category, posting_id)
        ) WITHOUT ROWID;
        INSERT INTO posting_categories_by_id (category, posting_id)
        SELECT c.category, p.id FROM posting_categories c JOIN postings p ON p.seq = c.posting_seq;
        DROP TABLE posting_categories;
        ALTER TABLE posting_categories_by_id RENAME TO posting_categories;
        CREATE INDEX ix_posting_categories_posting ON posting_categories (posting_id);
        {ListedFacetCountsSql.Create}
        """;

    /// <summary><c>opening_title_keys</c> as it was before schema step 12: keyed by the posting's id.</summary>
    public const string TitleKeysKeyedById = """
        CREATE TABLE opening_title_keys_by_id (
            organization_id TEXT NOT NULL,
            key TEXT NOT NULL,
            posting_id TEXT NOT NULL,
            PRIMARY KEY (organization_id, key, posting_id)
        ) WITHOUT ROWID;
        INSERT INTO opening_title_keys_by_id (organization_id, key, posting_id)
        SELECT k.organization_id, k.key, p.id FROM opening_title_keys k JOIN postings p ON p.seq = k.posting_seq;
        DROP TABLE opening_title_keys;
        ALTER TABLE opening_title_keys_by_id RENAME TO opening_title_keys;
        CREATE INDEX ix_opening_title_keys_posting ON opening_title_keys (posting_id);
        """;

    /// <summary>The index of opening ids as it was before schema step 13: every posting's.</summary>
    public const string ClusterIndexOfEveryPosting = """
        DROP INDEX ix_postings_cluster_joined;
        CREATE INDEX ix_postings_cluster ON postings (cluster_id, cluster_rank);
        """;
}
