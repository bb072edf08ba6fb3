using System.Collections.Frozen;
using JobAggregator.Sources;

namespace JobAggregator.Normalizer.Languages;

/// <summary>The language each source's site is written in, as the sources file states it: the language of a posting
/// too short to tell by its words.</summary>
public sealed class SourceLanguages
{
    private readonly FrozenDictionary<string, string> _bySourceId;

    internal SourceLanguages(IEnumerable<KeyValuePair<string, string>> bySourceId) =>
        _bySourceId = bySourceId.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>No source states a language.</summary>
    public static SourceLanguages None { get; } = new([]);

    public static SourceLanguages From(SourceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new SourceLanguages(catalog.All
            .Where(source => source.Language is not null)
            .Select(source => KeyValuePair.Create(source.Id, source.Language!)));
    }

    /// <returns>The ISO 639-1 code the source states, or null.</returns>
    internal string? Of(string sourceId) => _bySourceId.GetValueOrDefault(sourceId);
}
