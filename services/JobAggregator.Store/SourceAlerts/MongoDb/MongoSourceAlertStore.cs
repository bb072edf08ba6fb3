using JobAggregator.Store.MongoDb;
using MongoDB.Driver;
using static JobAggregator.Store.SourceAlerts.MongoDb.MongoSourceAlertCommands;

namespace JobAggregator.Store.SourceAlerts.MongoDb;

/// <summary>The source alert states in MongoDB, one document per source; each write is one upsert on its id.</summary>
internal sealed class MongoSourceAlertStore(MongoStoreDatabase database) : ISourceAlertStore
{
    private IMongoCollection<SourceAlertDocument> States => database.Database.GetCollection<SourceAlertDocument>(Collection);

    // The _id index is the only one needed.
    public Task InitializeAsync(CancellationToken ct) => Task.CompletedTask;

    public async Task<IReadOnlyList<SourceAlertState>> ListAsync(CancellationToken ct) =>
        (await States.Find(FilterDefinition<SourceAlertDocument>.Empty).SortBy(d => d.SourceId).ToListAsync(ct)).ConvertAll(ToState);

    public Task RaiseAsync(string sourceId, string kind, DateTimeOffset at, CancellationToken ct) => UpsertAsync(sourceId, Raise(kind, at), ct);

    public Task MarkNotifiedAsync(string sourceId, DateTimeOffset at, CancellationToken ct) => UpsertAsync(sourceId, MarkNotified(at), ct);

    public Task ClearAsync(string sourceId, CancellationToken ct) => UpsertAsync(sourceId, Clear(), ct);

    public Task MuteAsync(string sourceId, DateTimeOffset? until, CancellationToken ct) => UpsertAsync(sourceId, Mute(until), ct);

    private async Task UpsertAsync(string sourceId, UpdateDefinition<SourceAlertDocument> update, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        await States.UpdateOneAsync(BySource(sourceId), update, new UpdateOptions { IsUpsert = true }, ct);
    }
}
