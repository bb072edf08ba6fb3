using JobAggregator.Store.MongoDb;
using MongoDB.Driver;
using static JobAggregator.Store.Operations.MongoDb.MongoOperationsQueries;

namespace JobAggregator.Store.Operations.MongoDb;

/// <summary>Runs read from <c>scrape_runs</c>; pauses and operator actions in their own collections.</summary>
internal sealed class MongoOperationsStore : IOperationsStore
{
    private readonly IMongoCollection<ScrapeRunDocument> _runs;
    private readonly IMongoCollection<SourcePauseDocument> _pauses;
    private readonly IMongoCollection<OperatorActionDocument> _actions;

    public MongoOperationsStore(MongoStoreDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _runs = database.Runs;
        _pauses = database.Database.GetCollection<SourcePauseDocument>(PausesCollection);
        _actions = database.Database.GetCollection<OperatorActionDocument>(ActionsCollection);
    }

    // The runs' index on source and start (MongoIndexes.Runs) serves the newest-first read too.
    public async Task InitializeAsync(CancellationToken ct)
    {
        await _actions.Indexes.CreateOneAsync(new CreateIndexModel<OperatorActionDocument>(ActionsNewest), cancellationToken: ct);
    }

    public async Task<IReadOnlyList<RunRecord>> GetRunsAsync(string sourceId, int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var runs = await _runs.Find(RunsOf(sourceId)).Sort(NewestRunFirst).Limit(limit).ToListAsync(ct);
        return runs.Select(ToRun).ToList();
    }

    public async Task<RunRecord?> GetRunAsync(Guid runId, CancellationToken ct) =>
        await _runs.Find(RunById(runId)).FirstOrDefaultAsync(ct) is { } run ? ToRun(run) : null;

    public async Task<IReadOnlyList<SourcePause>> GetPausesAsync(CancellationToken ct)
    {
        var pauses = await _pauses.Find(FilterDefinition<SourcePauseDocument>.Empty).SortBy(p => p.SourceId).ToListAsync(ct);
        return pauses.Select(p => new SourcePause(p.SourceId, p.PausedBy, MongoValues.ToInstant(p.PausedAt))).ToList();
    }

    public Task PauseAsync(SourcePause pause, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(pause);
        return _pauses.UpdateOneAsync(PauseOf(pause.SourceId), Pause(pause), new UpdateOptions { IsUpsert = true }, ct);
    }

    public Task ResumeAsync(string sourceId, CancellationToken ct) => _pauses.DeleteOneAsync(PauseOf(sourceId), ct);

    public Task RecordAsync(OperatorAction action, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(action);
        return _actions.InsertOneAsync(From(action), cancellationToken: ct);
    }

    public async Task<IReadOnlyList<OperatorAction>> GetActionsAsync(int limit, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var actions = await _actions.Find(FilterDefinition<OperatorActionDocument>.Empty).Sort(NewestActionFirst).Limit(limit).ToListAsync(ct);
        return actions.Select(ToAction).ToList();
    }
}
