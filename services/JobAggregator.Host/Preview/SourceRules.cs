using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Sources;

namespace JobAggregator.Host.Preview;

/// <summary>Which source's extraction rules the preview applies to a page.</summary>
internal static class SourceRules
{
    /// <summary>The id of the source made up for a page no configured source matches.</summary>
    public const string AdHocId = "preview";

    /// <summary>The source whose rules apply to <paramref name="pageUrl"/>, set to read that page.</summary>
    /// <param name="allowPrivateNetwork">Whether a page no source matches may lead into private networks; a configured
    /// source keeps its own setting.</param>
    /// <exception cref="ArgumentException">The named source does not exist.</exception>
    public static (SourceDefinition Source, string Description) Choose(
        SourceCatalog catalog, string? sourceId, Uri pageUrl, bool allowPrivateNetwork = false)
    {
        var (source, description) = Match(catalog, sourceId, pageUrl, allowPrivateNetwork);
        return (ReadingPage(source, pageUrl), description);
    }

    private static (SourceDefinition Source, string Description) Match(
        SourceCatalog catalog, string? sourceId, Uri pageUrl, bool allowPrivateNetwork)
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
        var samePath = catalog.All.Where(s => SamePath(s.Url, pageUrl)).ToList();
        if (samePath.Count == 1 && pageUrl.AbsolutePath.Trim('/').Length > 0)
        {
            return (samePath[0], $"rules of source '{samePath[0].Id}', matched by path");
        }

        // A source that names only its website has no listing address to match: any page of that website is its own.
        var onWebsite = catalog.All.Where(s => s.Website is { } website && IsOnWebsite(pageUrl, website)).ToList();
        if (onWebsite.Count == 1)
        {
            return (onWebsite[0], $"rules of source '{onWebsite[0].Id}', whose website holds this page");
        }

        var adHoc = new SourceDefinition(
            AdHocId,
            pageUrl.IsFile ? Path.GetFileNameWithoutExtension(pageUrl.LocalPath) : BoardOwner(catalog, pageUrl) ?? pageUrl.Host,
            pageUrl,
            SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto,
            Selectors: null,
            Detail: null,
            Country: null,
            AllowPrivateNetwork: allowPrivateNetwork);
        return (adHoc, "no source matches this URL: automatic extraction; pass --source <id> to use a source's rules");
    }

    /// <summary>The source set to read the page asked for: from the source's home page the careers page is discovered
    /// as in a scrape; any other page is read as the listing itself.</summary>
    private static SourceDefinition ReadingPage(SourceDefinition source, Uri pageUrl) =>
        source with { Url = pageUrl, Website = source.Website is { } website && SamePath(website, pageUrl) ? pageUrl : null };

    /// <summary>The organisation a hiring tool's board belongs to, named after the board: a known organisation whose
    /// name or alias the board's token spells ("innocenceproject"), else the token made readable; null when the page is
    /// no hiring tool's.</summary>
    private static string? BoardOwner(SourceCatalog catalog, Uri pageUrl)
    {
        if (HiringToolBoardNames.Token(pageUrl) is not { } token)
        {
            return null;
        }

        var known = catalog.All.FirstOrDefault(s => s.Aliases.Prepend(s.Organization).Any(name => Folded(name) == Folded(token) || Folded(name) == "the" + Folded(token)));
        return known?.Organization
            ?? HiringToolBoardNames.Readable(token, catalog.All.SelectMany(s => s.Organization.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    private static string Folded(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static bool SamePath(Uri a, Uri b) => a.AbsolutePath.TrimEnd('/') == b.AbsolutePath.TrimEnd('/');

    /// <summary>On the website's host, or, for a website that is a folder of its host (the sample sites share one
    /// host), under that folder on any host.</summary>
    private static bool IsOnWebsite(Uri page, Uri website)
    {
        var folder = website.AbsolutePath.TrimEnd('/') + "/";
        return folder.Length > 1
            ? page.AbsolutePath.StartsWith(folder, StringComparison.OrdinalIgnoreCase)
            : string.Equals(page.Host, website.Host, StringComparison.OrdinalIgnoreCase);
    }
}
