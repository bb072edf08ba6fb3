using JobAggregator.Scraper.Scraping;
using JobAggregator.Sources;

namespace JobAggregator.Host.Preview;

/// <summary>Which source's extraction rules the preview applies to a page.</summary>
internal static class SourceRules
{
    /// <exception cref="ArgumentException">The named source does not exist.</exception>
    public static (SourceDefinition Source, string Description) Choose(SourceCatalog catalog, string? sourceId, Uri pageUrl)
    {
        if (sourceId is not null)
        {
            var named = catalog.Find(sourceId)
                ?? throw new ArgumentException(
                    $"--source: no source '{sourceId}' in {catalog.Path}; known: {string.Join(", ", catalog.All.Select(s => s.Id))}");
            return (named, $"rules of source '{named.Id}'");
        }

        var canonical = PostingKeys.Canonical(pageUrl);
        var exact = catalog.All.FirstOrDefault(s => PostingKeys.Canonical(s.Url) == canonical);
        if (exact is not null)
        {
            return (exact, $"rules of source '{exact.Id}', matched by URL");
        }

        // A page saved from, or served at, another host (the sample sites on another port) still matches by path.
        var samePath = catalog.All.Where(s => s.Url.AbsolutePath.TrimEnd('/') == pageUrl.AbsolutePath.TrimEnd('/')).ToList();
        if (samePath.Count == 1 && pageUrl.AbsolutePath.Trim('/').Length > 0)
        {
            return (samePath[0], $"rules of source '{samePath[0].Id}', matched by path");
        }

        var adHoc = new SourceDefinition(
            "preview",
            pageUrl.IsFile ? Path.GetFileNameWithoutExtension(pageUrl.LocalPath) : pageUrl.Host,
            pageUrl,
            SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto,
            Selectors: null,
            Detail: null,
            Country: null,
            AllowPrivateNetwork: true);
        return (adHoc, "no source matches this URL: automatic extraction; pass --source <id> to use a source's rules");
    }
}
