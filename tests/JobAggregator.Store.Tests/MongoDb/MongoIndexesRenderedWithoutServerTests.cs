using JobAggregator.Store.MongoDb;
using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The indexes created at start-up, rendered as createIndexes receives them; no server needed.</summary>
public sealed class MongoIndexesRenderedWithoutServerTests
{
    [Fact]
    public void Postings_have_an_index_for_the_default_sort_closing_and_every_filter()
    {
        Assert.Equal(
            [
                BsonDocument.Parse("""
                    { "key": { "status": 1, "datePosted": -1, "firstSeen": -1, "_id": 1 }, "name": "ix_status_datePosted_firstSeen" }
                    """),
                BsonDocument.Parse("""
                    { "key": { "sourceId": 1, "status": 1, "lastSeen": 1 }, "name": "ix_sourceId_status_lastSeen" }
                    """),
                BsonDocument.Parse("""{ "key": { "organizationIdLower": 1 }, "name": "ix_organizationIdLower" }"""),
                BsonDocument.Parse("""{ "key": { "organizationNameLower": 1 }, "name": "ix_organizationNameLower" }"""),
                BsonDocument.Parse("""{ "key": { "employmentTypeLower": 1 }, "name": "ix_employmentTypeLower" }"""),
                BsonDocument.Parse("""{ "key": { "locationSearch": 1 }, "name": "ix_locationSearch" }"""),
                BsonDocument.Parse("""{ "key": { "searchWords": 1 }, "name": "ix_searchWords" }"""),
            ],
            MongoIndexes.Postings.Select(Rendered.Index));
    }

    [Fact]
    public void Posting_key_uniqueness_rests_on_the_id_index_alone()
    {
        // The key is the _id, unique by itself; a second unique index, or an unused $text index, would only cost writes.
        Assert.All(MongoIndexes.Postings, index => Assert.Null(index.Options.Unique));
        Assert.DoesNotContain(
            MongoIndexes.Postings.Select(Rendered.Index),
            index => index["key"].AsBsonDocument.Values.Contains("text"));
    }

    [Fact]
    public void Runs_are_indexed_by_source_and_start_with_and_without_outcome()
    {
        Assert.Equal(
            [
                BsonDocument.Parse("""{ "key": { "sourceId": 1, "startedAt": 1 }, "name": "ix_sourceId_startedAt" }"""),
                BsonDocument.Parse("""{ "key": { "sourceId": 1, "ok": 1, "startedAt": 1 }, "name": "ix_sourceId_ok_startedAt" }"""),
            ],
            MongoIndexes.Runs.Select(Rendered.Index));
    }

    [Fact]
    public void Revisions_are_indexed_by_posting_and_time()
    {
        Assert.Equal(
            [BsonDocument.Parse("""{ "key": { "postingId": 1, "at": 1 }, "name": "ix_postingId_at" }""")],
            MongoIndexes.Revisions.Select(Rendered.Index));
    }
}
