using JobAggregator.Sources;
using JobAggregator.Store;

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

    /// <summary>Reads every open posting once; fine for a network's few thousand openings, and the place to use the
    /// store's organisation counts once it keeps them.</summary>
    private static async Task<Dictionary<string, (string Name, int Count)>> OpenPositionsByOrganizationAsync(IPostingReader reader, CancellationToken ct)
    {
        var counts = new Dictionary<string, (string Name, int Count)>(StringComparer.OrdinalIgnoreCase);
        for (var page = 1; ; page++)
        {
            var result = await reader.SearchAsync(new JobQuery { Page = page, PageSize = 100 }, ct);
            foreach (var posting in result.Items)
            {
                var (name, count) = counts.GetValueOrDefault(posting.Content.Organization.Id, (posting.Content.Organization.Name, 0));
                counts[posting.Content.Organization.Id] = (name, count + 1);
            }

            if (page * result.PageSize >= result.Total || result.Items.Count == 0)
            {
                return counts;
            }
        }
    }
}
