namespace JobAggregator.Store.Operations;

/// <summary>What the operator console reads and records beside the postings: each source's recent runs, which sources
/// are paused, and every operator action (who, what, when).</summary>
public interface IOperationsStore
{
    /// <summary>Creates the tables or collections if they are missing; safe to call any number of times.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>The source's latest runs, newest first.</summary>
    Task<IReadOnlyList<RunRecord>> GetRunsAsync(string sourceId, int limit, CancellationToken ct);

    /// <summary>The run recorded under <paramref name="runId"/>; null while it has not ended.</summary>
    Task<RunRecord?> GetRunAsync(Guid runId, CancellationToken ct);

    /// <summary>The paused sources, by source id.</summary>
    Task<IReadOnlyList<SourcePause>> GetPausesAsync(CancellationToken ct);

    /// <summary>Pauses the source; pausing a paused source keeps who paused it first.</summary>
    Task PauseAsync(SourcePause pause, CancellationToken ct);

    /// <summary>Resumes the source; a source that is not paused is left as it is.</summary>
    Task ResumeAsync(string sourceId, CancellationToken ct);

    Task RecordAsync(OperatorAction action, CancellationToken ct);

    /// <summary>The latest operator actions, newest first.</summary>
    Task<IReadOnlyList<OperatorAction>> GetActionsAsync(int limit, CancellationToken ct);
}
