using JobAggregator.Store.MongoDb;
using MongoDB.Driver;

namespace JobAggregator.Store.Operations.MongoDb;

/// <summary>The console's filters, sorts and documents in MongoDB, apart from the store so tests render them without a
/// server.</summary>
internal static class MongoOperationsQueries
{
    public const string PausesCollection = "source_pauses";
    public const string ActionsCollection = "operator_actions";

    public static FilterDefinition<ScrapeRunDocument> RunsOf(string sourceId) =>
        Builders<ScrapeRunDocument>.Filter.Eq(r => r.SourceId, sourceId);

    public static SortDefinition<ScrapeRunDocument> NewestRunFirst { get; } =
        Builders<ScrapeRunDocument>.Sort.Descending(r => r.StartedAt).Ascending(r => r.Id);

    public static FilterDefinition<ScrapeRunDocument> RunById(Guid runId) =>
        Builders<ScrapeRunDocument>.Filter.Eq(r => r.Id, ScrapeRunDocument.IdOf(runId));

    public static FilterDefinition<SourcePauseDocument> PauseOf(string sourceId) =>
        Builders<SourcePauseDocument>.Filter.Eq(p => p.SourceId, sourceId);

    /// <summary>Inserts the pause unless there is one: the first operator who paused the source stays recorded.</summary>
    public static UpdateDefinition<SourcePauseDocument> Pause(SourcePause pause) =>
        Builders<SourcePauseDocument>.Update
            .SetOnInsert(p => p.PausedBy, pause.PausedBy)
            .SetOnInsert(p => p.PausedAt, MongoValues.Instant(pause.PausedAt));

    public static SortDefinition<OperatorActionDocument> NewestActionFirst { get; } =
        Builders<OperatorActionDocument>.Sort.Descending(a => a.At).Descending(a => a.Id);

    public static IndexKeysDefinition<OperatorActionDocument> ActionsNewest { get; } =
        Builders<OperatorActionDocument>.IndexKeys.Descending(a => a.At);

    public static RunRecord ToRun(ScrapeRunDocument run) => new(
        Guid.Parse(run.Id),
        run.SourceId,
        MongoValues.ToInstant(run.StartedAt),
        MongoValues.ToInstant(run.FinishedAt),
        run.Ok,
        run.NotModified,
        run.PostingsFound,
        run.PagesFetched,
        run.ExtractedBy,
        run.ClosedPostings,
        run.NoPostingsReason,
        run.Explanation,
        run.Error,
        run.HttpStatus,
        run.Url);

    public static OperatorActionDocument From(OperatorAction action) => new()
    {
        Id = MongoDB.Bson.ObjectId.GenerateNewId(),
        At = MongoValues.Instant(action.At),
        Operator = action.Operator,
        Action = action.Action,
        Target = action.Target,
        Detail = action.Detail,
    };

    public static OperatorAction ToAction(OperatorActionDocument document) =>
        new(MongoValues.ToInstant(document.At), document.Operator, document.Action, document.Target, document.Detail);
}
