using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.MongoDb;
using MongoDB.Bson;
using MongoDB.Driver;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The bulk write of a batch of postings (<see cref="MongoPostingBatch"/>), rendered to the BSON the driver
/// sends; MongoDB cannot run here, so no server: the same rules as the one-posting path, write by write.</summary>
public sealed class MongoPostingBatchRenderedWithoutServerTests
{
    [Fact]
    public void Rendered_bulk_inserts_a_new_posting_as_the_one_posting_path_would_without_a_server()
    {
        var posting = Posting("new", T0);

        var step = Assert.Single(MongoPostingBatch.Plan([posting], new Dictionary<string, PostingStateDocument>()));

        var insert = Assert.IsType<InsertOneModel<PostingDocument>>(step.Write);
        Assert.Equal(Rendered.Document(PostingDocument.Create(posting)), Rendered.Document(insert.Document));
        Assert.False(step.Alone);
        Assert.Equal([posting.Organization.Id], step.Recluster);
    }

    [Fact]
    public void Rendered_bulk_marks_an_unchanged_posting_seen_under_the_version_read_without_a_server()
    {
        var state = StoredState("seen", version: 4, lastSeen: T0);
        var posting = Posting("seen", T0.AddHours(1));
        var decision = PostingLifecycle.Decide(state.ToLifecycleState(), posting);

        var step = Assert.Single(MongoPostingBatch.Plan([posting], States(state)));

        var update = Assert.IsType<UpdateOneModel<PostingDocument>>(step.Write);
        Assert.Equal(BsonDocument.Parse("""{ "_id": "seen", "version": { "$numberLong": "4" } }"""), Rendered.Filter(update.Filter));
        Assert.Equal(
            Rendered.Update(MongoPostingCommands.MarkSeen(MongoValues.Instant(posting.ScrapedAt), decision)),
            Rendered.Update(update.Update));
        Assert.Equal(PostingWrite.MarkSeen, decision.Write);
        Assert.Empty(step.Recluster);
    }

    [Fact]
    public void A_changed_posting_and_a_key_twice_in_the_batch_are_left_to_the_one_posting_path_without_a_server()
    {
        var state = StoredState("changed", version: 2, lastSeen: T0);
        var changed = Posting("changed", T0.AddHours(1), hash: "hash-2");
        var first = Posting("twice", T0);
        var second = Posting("twice", T0.AddHours(1));

        var steps = MongoPostingBatch.Plan([changed, first, second], States(state));

        Assert.Equal([(0, true), (1, false), (2, true)], steps.Select(s => (s.Index, s.Alone)));
        Assert.Equal([false, true, false], steps.Select(s => s.Write is not null));
    }

    [Fact]
    public void An_older_sighting_writes_nothing_in_the_bulk_without_a_server()
    {
        var state = StoredState("older", version: 1, lastSeen: T0.AddHours(2));

        var step = Assert.Single(MongoPostingBatch.Plan([Posting("older", T0)], States(state)));

        Assert.Null(step.Write);
        Assert.False(step.Alone);
    }

    private static Dictionary<string, PostingStateDocument> States(params PostingStateDocument[] states) =>
        states.ToDictionary(s => s.Id, StringComparer.Ordinal);

    /// <summary>A posting stored from <see cref="Posting"/>'s content (hash-1), clustered already.</summary>
    private static PostingStateDocument StoredState(string key, long version, DateTimeOffset lastSeen)
    {
        var content = Posting(key, lastSeen);
        return new PostingStateDocument
        {
            Id = key,
            SourceId = content.SourceId,
            Content = content,
            LastSeen = MongoValues.Instant(lastSeen),
            FirstSeen = MongoValues.Instant(lastSeen),
            Version = version,
            ClusterId = "cluster-of-" + key,
        };
    }
}
