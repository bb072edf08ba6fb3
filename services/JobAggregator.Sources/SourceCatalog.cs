using System.Collections.Frozen;
using System.Collections.Immutable;

namespace JobAggregator.Sources;

/// <summary>The sources loaded from one sources file. Immutable: a changed file means a new catalog.</summary>
public sealed class SourceCatalog
{
    private readonly FrozenDictionary<string, SourceDefinition> _byId;

    public SourceCatalog(string path, IEnumerable<SourceDefinition> sources)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(sources);

        var all = sources.ToImmutableArray();
        var duplicate = all.GroupBy(source => source.Id, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Source id '{duplicate.Key}' appears more than once.", nameof(sources));
        }

        Path = path;
        All = all;
        _byId = all.ToFrozenDictionary(source => source.Id, StringComparer.Ordinal);
    }

    /// <summary>The full path of the file the sources came from.</summary>
    public string Path { get; }

    /// <summary>Every source, in file order.</summary>
    public IReadOnlyList<SourceDefinition> All { get; }

    public SourceDefinition? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.GetValueOrDefault(id);
    }
}
