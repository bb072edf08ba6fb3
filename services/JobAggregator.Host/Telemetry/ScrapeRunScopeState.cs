using System.Collections;

namespace JobAggregator.Host.Telemetry;

/// <summary>A message's log scope: its scrape run and source as name–value pairs, the shape every log formatter reads
/// a scope's fields from, without the dictionary each message used to allocate for them.</summary>
internal sealed class ScrapeRunScopeState(Guid scrapeRunId, string sourceId) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 2;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("ScrapeRunId", scrapeRunId),
        1 => new("SourceId", sourceId),
        _ => throw new ArgumentOutOfRangeException(nameof(index), index, "A run's scope holds two fields."),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        yield return this[0];
        yield return this[1];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"Scrape run {scrapeRunId} of source {sourceId}";
}
