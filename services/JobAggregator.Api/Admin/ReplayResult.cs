namespace JobAggregator.Api.Admin;

/// <summary>How many failed messages went back to their queues.</summary>
public sealed record ReplayResult(int Replayed);
