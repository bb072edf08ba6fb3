using System.Collections.Frozen;
using JobAggregator.Contracts;

namespace JobAggregator.Sources.Organizations;

/// <summary>The network's organisations as the sources file names them: each canonical name with its short names and
/// aliases, so that "GIP", "Georgia Innocence Project" and "Georgia Innocence Project, Inc." are one organisation.
/// </summary>
/// <remarks>A name or alias shared by two organisations ("MIP" for two Mississippi and Midwest projects) identifies
/// neither and is left out; a canonical name always wins over another organisation's alias.</remarks>
public sealed class OrganizationDirectory
{
    private readonly FrozenDictionary<string, NormalizedOrganization> _byFoldedName;

    internal OrganizationDirectory(IEnumerable<(string Name, IReadOnlyList<string> Aliases)> organizations)
    {
        var byName = new Dictionary<string, NormalizedOrganization>(StringComparer.Ordinal);
        var all = organizations.ToList();
        foreach (var (name, _) in all)
        {
            var canonical = new NormalizedOrganization(OrganizationNames.Slug(name), name);
            byName.TryAdd(OrganizationNames.Fold(name), canonical);
        }

        var fromAliases = new Dictionary<string, NormalizedOrganization?>(StringComparer.Ordinal);
        foreach (var (name, aliases) in all)
        {
            var canonical = byName[OrganizationNames.Fold(name)];
            foreach (var alias in aliases.Select(OrganizationNames.Fold).Where(alias => alias.Length > 0 && !byName.ContainsKey(alias)))
            {
                fromAliases[alias] = fromAliases.TryGetValue(alias, out var earlier) && earlier != canonical ? null : canonical;
            }
        }

        foreach (var (alias, canonical) in fromAliases)
        {
            if (canonical is not null)
            {
                byName[alias] = canonical;
            }
        }

        byName.Remove(string.Empty);
        _byFoldedName = byName.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>No organisations: every name stands for itself.</summary>
    public static OrganizationDirectory Empty { get; } = new([]);

    public static OrganizationDirectory From(SourceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return new OrganizationDirectory(catalog.All.Select(source => (source.Organization, source.Aliases)));
    }

    /// <returns>The canonical organisation a cleaned name stands for, or null when the directory does not know it.
    /// </returns>
    public NormalizedOrganization? Find(string name)
    {
        foreach (var candidate in OrganizationNames.Candidates(name))
        {
            if (_byFoldedName.TryGetValue(OrganizationNames.Fold(candidate), out var canonical))
            {
                return canonical;
            }
        }

        return null;
    }
}
