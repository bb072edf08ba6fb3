using JobAggregator.Store.SourceAlerts.MongoDb;
using MongoDB.Bson;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>The source alert state's filter and updates, rendered to the BSON the driver sends; no server needed.</summary>
public sealed class MongoSourceAlertCommandsRenderedWithoutServerTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void State_is_found_by_the_source_id()
    {
        Assert.Equal(BsonDocument.Parse("""{ "_id": "ipf" }"""), Rendered.Filter(MongoSourceAlertCommands.BySource("ipf")));
    }

    [Fact]
    public void Raising_sets_the_kind_and_when_and_forgets_any_earlier_notification()
    {
        Assert.Equal(
            BsonDocument.Parse("""
                { "$set": { "kind": "failing", "raisedAt": { "$date": "2026-03-02T09:30:00Z" }, "notifiedAt": null } }
                """),
            Rendered.Update(MongoSourceAlertCommands.Raise("failing", At)));
    }

    [Fact]
    public void Notifying_clearing_and_muting_set_their_own_fields_only()
    {
        Assert.Equal(
            BsonDocument.Parse("""{ "$set": { "notifiedAt": { "$date": "2026-03-02T09:30:00Z" } } }"""),
            Rendered.Update(MongoSourceAlertCommands.MarkNotified(At)));
        Assert.Equal(
            BsonDocument.Parse("""{ "$set": { "kind": null, "raisedAt": null, "notifiedAt": null } }"""),
            Rendered.Update(MongoSourceAlertCommands.Clear()));
        Assert.Equal(
            BsonDocument.Parse("""{ "$set": { "mutedUntil": { "$date": "2026-03-02T09:30:00Z" } } }"""),
            Rendered.Update(MongoSourceAlertCommands.Mute(At)));
        Assert.Equal(
            BsonDocument.Parse("""{ "$set": { "mutedUntil": null } }"""),
            Rendered.Update(MongoSourceAlertCommands.Mute(null)));
    }

    [Fact]
    public void Document_reads_back_as_the_state()
    {
        var state = MongoSourceAlertCommands.ToState(new SourceAlertDocument
        {
            SourceId = "ipf",
            Kind = "empty",
            RaisedAt = At.UtcDateTime,
            MutedUntil = null,
        });

        Assert.Equal(new Store.SourceAlerts.SourceAlertState("ipf", "empty", At, null, null), state);
    }
}
