namespace JobAggregator.Api.Admin;

/// <summary>The bus's queues, as the transport this process runs on can tell them; the Host registers the one for its
/// transport.</summary>
public interface IQueueMonitor
{
    /// <summary>Where the figures come from, in words ("RabbitMQ management API at ...", "the bus's own counters").</summary>
    string Source { get; }

    Task<IReadOnlyList<QueueInfo>> GetQueuesAsync(CancellationToken ct);
}
