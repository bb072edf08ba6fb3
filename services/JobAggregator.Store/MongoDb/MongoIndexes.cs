using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>The indexes the store creates at start-up, by name, so creating them again is a no-op. A posting's key is its
/// <c>_id</c>, whose index is unique already, which is what keeps one document per key; no other unique index is
/// needed. There is no <c>$text</c> index: search runs on the <c>searchWords</c> index (see
/// <see cref="MongoQueries.Search"/>).</summary>
internal static class MongoIndexes
{
    public static IReadOnlyList<CreateIndexModel<PostingDocument>> Postings { get; } =
    [
        // The default listing and its sort: open postings newest first, without an in-memory sort.
        Index(
            Builders<PostingDocument>.IndexKeys
                .Ascending(p => p.Status)
                .Descending(p => p.DatePosted)
                .Descending(p => p.FirstSeen)
                .Ascending(p => p.Id),
            "ix_status_datePosted_firstSeen"),
        // A run closing its source's missing postings, and a source's open postings for its health.
        Index(
            Builders<PostingDocument>.IndexKeys.Ascending(p => p.SourceId).Ascending(p => p.Status).Ascending(p => p.LastSeen),
            "ix_sourceId_status_lastSeen"),
        Index(Builders<PostingDocument>.IndexKeys.Ascending(p => p.OrganizationIdLower), "ix_organizationIdLower"),
        Index(Builders<PostingDocument>.IndexKeys.Ascending(p => p.OrganizationNameLower), "ix_organizationNameLower"),
        Index(Builders<PostingDocument>.IndexKeys.Ascending(p => p.EmploymentTypeLower), "ix_employmentTypeLower"),
        // A substring match cannot seek, but scanning these short keys is cheaper than scanning the documents.
        Index(Builders<PostingDocument>.IndexKeys.Ascending(p => p.LocationSearch), "ix_locationSearch"),
        // Multikey: one entry per word, so whole words are point lookups and the last word's prefix a range.
        Index(Builders<PostingDocument>.IndexKeys.Ascending(p => p.SearchWords), "ix_searchWords"),
    ];

    public static IReadOnlyList<CreateIndexModel<PostingRevisionDocument>> Revisions { get; } =
    [
        new(
            Builders<PostingRevisionDocument>.IndexKeys.Ascending(r => r.PostingId).Ascending(r => r.At),
            new CreateIndexOptions { Name = "ix_postingId_at" }),
    ];

    public static IReadOnlyList<CreateIndexModel<ScrapeRunDocument>> Runs { get; } =
    [
        new(
            Builders<ScrapeRunDocument>.IndexKeys.Ascending(r => r.SourceId).Ascending(r => r.StartedAt),
            new CreateIndexOptions { Name = "ix_sourceId_startedAt" }),
        // Failures since a source's latest success, for its health.
        new(
            Builders<ScrapeRunDocument>.IndexKeys.Ascending(r => r.SourceId).Ascending(r => r.Ok).Ascending(r => r.StartedAt),
            new CreateIndexOptions { Name = "ix_sourceId_ok_startedAt" }),
    ];

    private static CreateIndexModel<PostingDocument> Index(IndexKeysDefinition<PostingDocument> keys, string name) =>
        new(keys, new CreateIndexOptions { Name = name });
}
