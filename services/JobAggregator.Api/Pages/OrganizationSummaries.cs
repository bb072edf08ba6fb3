using JobAggregator.Sources;
using JobAggregator.Store;
using JobAggregator.Store.Reading;

namespace JobAggregator.Api.Pages;

/// <summary>Every member organisation: those with sources of their own in the sources file, and those whose openings
/// arrive only through another's listing (the network's).</summary>
internal static class OrganizationSummaries
{
    public static async Task<IReadOnlyList<OrganizationSummary>> AllAsync(IPostingReader reader, SourceCatalog catalog, CancellationToken ct)
    {
        var health = (await reader.GetSourceHealthAsync(ct)).ToDictionary(h => h.SourceId);
        var open = await OpenPositionsByOrganizationAsync(reader, ct);
        var summaries = new Dictionary<string, OrganizationSummary>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, (name, count)) in open)
        {
            summaries[name] = new OrganizationSummary(id, name, count, [], null, null);
        }

        foreach (var sources in catalog.All.GroupBy(s => s.Organization, StringComparer.OrdinalIgnoreCase))
        {
            var known = summaries.GetValueOrDefault(sources.Key)
                ?? sources.SelectMany(s => s.Aliases).Select(summaries.GetValueOrDefault).FirstOrDefault(s => s is not null);
            var lastRead = sources.Select(s => health.GetValueOrDefault(s.Id)?.LastSuccessAt).Max();
            var summary = new OrganizationSummary(
                known?.Id ?? sources.Key,
                sources.Key,
                known?.OpenPositions ?? 0,
                sources.Select(s => s.Url).Distinct().ToList(),
                sources.Select(s => s.Website).FirstOrDefault(w => w is not null),
                lastRead);
            if (known is not null)
            {
                summaries.Remove(known.Name);
            }

            summaries[sources.Key] = summary;
        }

        return summaries.Values.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static async Task<OrganizationSummary?> FindAsync(IPostingReader reader, SourceCatalog catalog, string id, CancellationToken ct) =>
        (await AllAsync(reader, catalog, ct)).FirstOrDefault(o =>
            string.Equals(o.Id, id, StringComparison.OrdinalIgnoreCase) || string.Equals(o.Name, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>Each organisation's open openings, by id, counted by the store.</summary>
    private static async Task<Dictionary<string, (string Name, int Count)>> OpenPositionsByOrganizationAsync(IPostingReader reader, CancellationToken ct)
    {
        var counts = new Dictionary<string, (string Name, int Count)>(StringComparer.OrdinalIgnoreCase);
        foreach (var organization in (await reader.GetFacetsAsync(new JobQuery(), ct)).Organizations)
        {
            var (name, count) = counts.GetValueOrDefault(organization.Value, (organization.Label ?? organization.Value, 0));
            counts[organization.Value] = (name, count + organization.Count);
        }

        return counts;
    }
}
