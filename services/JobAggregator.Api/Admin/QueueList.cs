namespace JobAggregator.Api.Admin;

/// <summary>The queues, and where their figures come from.</summary>
public sealed record QueueList(string Source, IReadOnlyList<QueueInfo> Queues);
