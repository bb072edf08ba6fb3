namespace JobAggregator.Api.Admin;

/// <summary>The failed messages of the bus's <c>_error</c> queues: listed, replayed to the queue they failed in (a replay
/// that fails again goes back to <c>_error</c> with its new exception), or deleted. The Host registers the one for its
/// transport.</summary>
public interface IFailedMessages
{
    /// <summary>Where they are kept, in words.</summary>
    string Source { get; }

    Task<IReadOnlyList<FailedMessage>> ListAsync(CancellationToken ct);

    /// <returns>False when no failed message has the id.</returns>
    Task<bool> ReplayAsync(string id, CancellationToken ct);

    /// <returns>How many were replayed.</returns>
    Task<int> ReplayAllAsync(CancellationToken ct);

    /// <returns>False when no failed message has the id.</returns>
    Task<bool> DeleteAsync(string id, CancellationToken ct);
}
