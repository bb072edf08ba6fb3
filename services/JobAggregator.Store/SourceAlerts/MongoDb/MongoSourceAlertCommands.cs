using JobAggregator.Store.MongoDb;
using MongoDB.Driver;

namespace JobAggregator.Store.SourceAlerts.MongoDb;

/// <summary>The source alert state's filter and updates, each upserted on the source's id.</summary>
internal static class MongoSourceAlertCommands
{
    public const string Collection = "source_alerts";

    private static UpdateDefinitionBuilder<SourceAlertDocument> Update => Builders<SourceAlertDocument>.Update;

    public static FilterDefinition<SourceAlertDocument> BySource(string sourceId) =>
        Builders<SourceAlertDocument>.Filter.Eq(d => d.SourceId, sourceId);

    public static UpdateDefinition<SourceAlertDocument> Raise(string kind, DateTimeOffset at) =>
        Update.Set(d => d.Kind, kind).Set(d => d.RaisedAt, MongoValues.Instant(at)).Set(d => d.NotifiedAt, null);

    public static UpdateDefinition<SourceAlertDocument> MarkNotified(DateTimeOffset at) =>
        Update.Set(d => d.NotifiedAt, MongoValues.Instant(at));

    public static UpdateDefinition<SourceAlertDocument> Clear() =>
        Update.Set(d => d.Kind, null).Set(d => d.RaisedAt, null).Set(d => d.NotifiedAt, null);

    public static UpdateDefinition<SourceAlertDocument> Mute(DateTimeOffset? until) =>
        Update.Set(d => d.MutedUntil, until is { } u ? MongoValues.Instant(u) : null);

    public static SourceAlertState ToState(SourceAlertDocument document) => new(
        document.SourceId,
        document.Kind,
        MongoValues.ToInstant(document.RaisedAt),
        MongoValues.ToInstant(document.NotifiedAt),
        MongoValues.ToInstant(document.MutedUntil));
}
