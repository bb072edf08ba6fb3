using MongoDB.Bson;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>Each source's health kept in <c>source_summaries</c>, one document a source: refreshed from that source's
/// runs whenever one is recorded, so the health read never derives it from the runs. The postings a source has open and
/// has stored since its latest reading run are counted at read, per source, on its index of postings.</summary>
internal static class MongoSourceSummaries
{
    /// <summary>The summary of <paramref name="sourceId"/>, recomputed from its runs alone and written over the one
    /// kept.</summary>
    public static PipelineDefinition<ScrapeRunDocument, SourceRunSummary> Refresh(string sourceId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);

        var stages = new List<BsonDocument> { new("$match", new BsonDocument("sourceId", sourceId)) };
        stages.AddRange(FillAll.Render(
            new RenderArgs<ScrapeRunDocument>(
                MongoDB.Bson.Serialization.BsonSerializer.LookupSerializer<ScrapeRunDocument>(),
                MongoDB.Bson.Serialization.BsonSerializer.SerializerRegistry)).Documents);
        return PipelineDefinition<ScrapeRunDocument, SourceRunSummary>.Create(stages);
    }

    private static BsonDocument Merge => BsonDocument.Parse($$"""
        { "$merge": { "into": "{{MongoStoreDatabase.SourceSummariesCollection}}", "on": "_id", "whenMatched": "replace", "whenNotMatched": "insert" } }
        """);

    /// <summary>Every summary kept, each with the postings of its source stored since its latest reading run started
    /// (none when it was never read), counted on the postings' <c>sourceId</c> index.</summary>
    public static PipelineDefinition<SourceRunSummary, SourceRunSummary> WithStoredCounts { get; } =
        PipelineDefinition<SourceRunSummary, SourceRunSummary>.Create(
        [
            BsonDocument.Parse("""
                { "$lookup": {
                    "from": "postings",
                    "let": { "sourceId": "$_id", "since": { "$ifNull": ["$readingStartedAt", { "$toDate": "9999-12-31T00:00:00Z" }] } },
                    "pipeline": [
                        { "$match": { "$expr": { "$and": [
                            { "$eq": ["$sourceId", "$$sourceId"] },
                            { "$gte": ["$lastSeen", "$$since"] }] } } },
                        { "$count": "count" }],
                    "as": "storedSinceReading" } }
                """),
            BsonDocument.Parse("""
                { "$set": { "postingsStored": { "$ifNull": [{ "$arrayElemAt": ["$storedSinceReading.count", 0] }, 0] } } }
                """),
            BsonDocument.Parse("""{ "$unset": "storedSinceReading" }"""),
        ]);

    /// <summary>Every source's summary from its runs, written over those kept: once, for a database whose runs were
    /// recorded before summaries were kept.</summary>
    public static PipelineDefinition<ScrapeRunDocument, SourceRunSummary> FillAll { get; } =
        PipelineDefinition<ScrapeRunDocument, SourceRunSummary>.Create(
            MongoQueries.SourceRunSummaries.Render(
                new RenderArgs<ScrapeRunDocument>(
                    MongoDB.Bson.Serialization.BsonSerializer.LookupSerializer<ScrapeRunDocument>(),
                    MongoDB.Bson.Serialization.BsonSerializer.SerializerRegistry)).Documents
            .Append(Merge));

    public static async Task FillWhenMissingAsync(MongoStoreDatabase database, CancellationToken ct)
    {
        if (await database.SourceSummaries.EstimatedDocumentCountAsync(cancellationToken: ct) == 0
            && await database.Runs.EstimatedDocumentCountAsync(cancellationToken: ct) > 0)
        {
            await database.Runs.AggregateToCollectionAsync(FillAll, cancellationToken: ct);
        }
    }

    /// <summary>Recomputes the summary of the source of a run just recorded.</summary>
    public static Task RefreshAsync(MongoStoreDatabase database, string sourceId, CancellationToken ct) =>
        database.Runs.AggregateToCollectionAsync(Refresh(sourceId), cancellationToken: ct);

    public static async Task<Dictionary<string, SourceRunSummary>> ReadAsync(MongoStoreDatabase database, CancellationToken ct)
    {
        using var cursor = await database.SourceSummaries.AggregateAsync(WithStoredCounts, cancellationToken: ct);
        return (await cursor.ToListAsync(ct)).ToDictionary(s => s.SourceId, StringComparer.Ordinal);
    }
}
