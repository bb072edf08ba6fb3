using JobAggregator.Store.MongoDb;
using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The reads behind the MongoDB store's last change, rendered to the BSON the driver sends; no server needed.
/// Each sorts on the one key of an index that exists, so it reads one index entry.</summary>
public sealed class MongoLastChangeRenderedWithoutServerTests
{
    [Fact]
    public void The_newest_sighting_closing_and_run_sort_on_their_own_indexes()
    {
        Assert.Equal(BsonDocument.Parse("""{ "lastSeen": -1 }"""), Rendered.Sort(MongoLastChange.NewestSighting));
        Assert.Equal(BsonDocument.Parse("""{ "closedAt": -1 }"""), Rendered.Sort(MongoLastChange.NewestClosing));
        Assert.Equal(BsonDocument.Parse("""{ "closedAt": { "$ne": null } }"""), Rendered.Filter(MongoLastChange.Closed));
        Assert.Equal(BsonDocument.Parse("""{ "finishedAt": -1 }"""), Rendered.Sort(MongoLastChange.NewestRun));

        var postingIndexes = MongoIndexes.Postings.Select(Rendered.Index).Select(i => i["key"].AsBsonDocument).ToList();
        Assert.Contains(Rendered.Sort(MongoLastChange.NewestSighting), postingIndexes);
        Assert.Contains(Rendered.Sort(MongoLastChange.NewestClosing), postingIndexes);
        Assert.Contains(Rendered.Sort(MongoLastChange.NewestRun), MongoIndexes.Runs.Select(Rendered.Index).Select(i => i["key"].AsBsonDocument));
    }
}
