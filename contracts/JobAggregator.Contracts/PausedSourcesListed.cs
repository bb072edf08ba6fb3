namespace JobAggregator.Contracts;

/// <summary>The store's answer to <see cref="PausedSourcesRequested"/>: the ids of the sources paused now.</summary>
public sealed record PausedSourcesListed(IReadOnlyList<string> SourceIds);
