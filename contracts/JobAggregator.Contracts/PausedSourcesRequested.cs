namespace JobAggregator.Contracts;

/// <summary>A scheduler starting asks the store which sources are paused; answered with <see cref="PausedSourcesListed"/>.</summary>
public sealed record PausedSourcesRequested(DateTimeOffset RequestedAt);
