using JobAggregator.Store.MongoDb;
using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>Each source's health kept in <c>source_summaries</c>: refreshed from one source's runs as a run is recorded,
/// read with a count of its stored postings; rendered to the BSON the driver sends, no server needed.</summary>
public sealed class MongoSourceSummariesRenderedWithoutServerTests
{
    [Fact]
    public void Refreshing_a_source_reads_only_its_runs_and_writes_over_its_summary()
    {
        var stages = Rendered.Pipeline(MongoSourceSummaries.Refresh("gip"));

        Assert.Equal(BsonDocument.Parse("""{ "$match": { "sourceId": "gip" } }"""), stages[0]);
        Assert.Equal(Rendered.Pipeline(MongoQueries.SourceRunSummaries), new BsonArray(stages.Skip(1).Take(stages.Count - 2)));
        Assert.Equal(
            BsonDocument.Parse("""
                { "$merge": { "into": "source_summaries", "on": "_id", "whenMatched": "replace", "whenNotMatched": "insert" } }
                """),
            stages[^1]);
    }

    [Fact]
    public void Filling_every_summary_runs_the_same_stages_over_every_run()
    {
        var stages = Rendered.Pipeline(MongoSourceSummaries.FillAll);

        Assert.Equal(Rendered.Pipeline(MongoSourceSummaries.Refresh("gip")).Skip(1), stages);
    }

    [Fact]
    public void Reading_the_summaries_counts_each_sources_stored_postings_and_no_run()
    {
        var stages = Rendered.Pipeline(MongoSourceSummaries.WithStoredCounts);

        Assert.Equal(
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
            stages[0]);
        Assert.DoesNotContain("scrape_runs", stages.ToJson(), StringComparison.Ordinal);
    }
}
