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
        // One per sort of the listing, over open (or all) primaries, so no sort runs in memory; each also serves the
        // range filter on its first sort key: posted since, minimum yearly pay.
        Index(
            Keys.Ascending(p => p.Status).Ascending(p => p.Primary)
                .Descending(p => p.EffectivePosted).Descending(p => p.FirstSeen).Ascending(p => p.Id),
            "ix_status_primary_effectivePosted_firstSeen"),
        Index(
            Keys.Ascending(p => p.Status).Ascending(p => p.Primary)
                .Descending(p => p.AnnualPay).Descending(p => p.EffectivePosted).Descending(p => p.FirstSeen).Ascending(p => p.Id),
            "ix_status_primary_annualPay"),
        Index(
            Keys.Ascending(p => p.Status).Ascending(p => p.Primary)
                .Ascending(p => p.ValidThroughOrLast).Descending(p => p.EffectivePosted).Descending(p => p.FirstSeen).Ascending(p => p.Id),
            "ix_status_primary_validThroughOrLast"),
        // A run closing its source's missing postings, and a source's open postings for its health.
        Index(Keys.Ascending(p => p.SourceId).Ascending(p => p.Status).Ascending(p => p.LastSeen), "ix_sourceId_status_lastSeen"),
        // The sweep of open postings past their closing date, over every source.
        Index(Keys.Ascending(p => p.Status).Ascending(p => p.Content.ValidThrough), "ix_status_contentValidThrough"),
        // An organisation's recent postings, clustered into openings.
        Index(Keys.Ascending(p => p.Content.Organization.Id).Ascending(p => p.LastSeen), "ix_contentOrganizationId_lastSeen"),
        // The other members of a page's openings, in their order.
        Index(Keys.Ascending(p => p.ClusterId).Ascending(p => p.ClusterPosition).Ascending(p => p.Id), "ix_clusterId_clusterPosition"),
        Index(Keys.Ascending(p => p.OrganizationIdLower), "ix_organizationIdLower"),
        Index(Keys.Ascending(p => p.OrganizationNameLower), "ix_organizationNameLower"),
        Index(Keys.Ascending(p => p.EmploymentTypeLower), "ix_employmentTypeLower"),
        Index(Keys.Ascending(p => p.CountryLower), "ix_countryLower"),
        // Multikey: one entry per category.
        Index(Keys.Ascending(p => p.Content.Categories), "ix_contentCategories"),
        Index(Keys.Ascending(p => p.LanguageLower), "ix_languageLower"),
        Index(Keys.Ascending(p => p.RemoteOrHybrid).Ascending(p => p.Status), "ix_remoteOrHybrid_status"),
        // A substring match cannot seek, but scanning these short keys is cheaper than scanning the documents.
        Index(Keys.Ascending(p => p.LocationSearch), "ix_locationSearch"),
        // Multikey: one entry per word, so whole words are point lookups and the last word's prefix a range.
        Index(Keys.Ascending(p => p.SearchWords), "ix_searchWords"),
        // The newest sighting and closing, for MongoLastChange.
        Index(Keys.Descending(p => p.LastSeen), "ix_lastSeen"),
        Index(Keys.Descending(p => p.ClosedAt), "ix_closedAt"),
    ];

    /// <summary>Indexes an earlier version made that no query uses any more; dropped at start-up so they cost no writes.
    /// The three on content elements moved into <c>content</c> are made again under new names, as an index cannot change
    /// its keys under its name.</summary>
    public static IReadOnlyList<string> RetiredPostingIndexes { get; } =
        ["ix_status_datePosted_firstSeen", "ix_status_validThrough", "ix_organizationId_lastSeen", "ix_categories"];

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
        // The newest run, for MongoLastChange.
        new(Builders<ScrapeRunDocument>.IndexKeys.Descending(r => r.FinishedAt), new CreateIndexOptions { Name = "ix_finishedAt" }),
    ];

    private static IndexKeysDefinitionBuilder<PostingDocument> Keys => Builders<PostingDocument>.IndexKeys;

    private static CreateIndexModel<PostingDocument> Index(IndexKeysDefinition<PostingDocument> keys, string name) =>
        new(keys, new CreateIndexOptions { Name = name });
}
