using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The listing's next page: <c>rel="next"</c>, a "Next"/"Older" link (in the site's language), or a link to
/// page N+1 in the <c>/page/N/</c> or <c>?page=N</c> patterns.</summary>
internal static partial class Pagination
{
    public static IReadOnlyList<Uri> NextPages(IDocument document, Uri pageUrl)
    {
        var found = new List<Uri>();
        void Add(string? href)
        {
            if (Links.Resolve(pageUrl, href) is { } url && LinkFilter.SameSite(url, pageUrl) && !SamePage(url, pageUrl)
                && !found.Any(f => SamePage(f, url)))
            {
                found.Add(url);
            }
        }

        var elements = PageElements.Of(document);
        foreach (var link in elements.RelNext)
        {
            Add(link.GetAttribute("href"));
        }

        foreach (var (anchor, kind, _, _) in elements.All)
        {
            if (kind == PageElements.Kind.Link && NextText().IsMatch(PlainText.Collapse(anchor.TextContent) ?? anchor.GetAttribute("aria-label") ?? ""))
            {
                Add(anchor.GetAttribute("href"));
            }
        }

        // Page N+1 is named by digits in the link itself: a link without any can only lead to this page's own number.
        var next = NumberedNext(pageUrl);
        foreach (var (anchor, kind, _, _) in elements.All)
        {
            if (kind == PageElements.Kind.Link && anchor.GetAttribute("href") is { } href && HasDigit(href) && Links.Resolve(pageUrl, href) is { } url && next(url))
            {
                Add(href);
            }
        }

        return found;
    }

    private static bool HasDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool SamePage(Uri a, Uri b) =>
        Uri.Compare(a, b, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>Whether a URL is page N+1 of this one: <c>/page/N+1/</c> (WordPress) or <c>page=N+1</c> /
    /// <c>paged=N+1</c> in the query, N being 1 on a first page.</summary>
    private static Func<Uri, bool> NumberedNext(Uri pageUrl)
    {
        var path = PagePath().Match(pageUrl.AbsolutePath);
        var query = PageQuery().Match(pageUrl.Query);
        var number = path.Success ? int.Parse(path.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : query.Success ? int.Parse(query.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
        var basePath = path.Success ? pageUrl.AbsolutePath[..path.Index] : pageUrl.AbsolutePath.TrimEnd('/');
        return url =>
        {
            var linkPath = PagePath().Match(url.AbsolutePath);
            if (linkPath.Success)
            {
                return linkPath.Groups["n"].Value == (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && url.AbsolutePath[..linkPath.Index].TrimEnd('/') == basePath.TrimEnd('/');
            }

            var linkQuery = PageQuery().Match(url.Query);
            return linkQuery.Success
                && linkQuery.Groups["n"].Value == (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                && url.AbsolutePath.TrimEnd('/') == pageUrl.AbsolutePath.TrimEnd('/');
        };
    }

    [GeneratedRegex(@"/page/(?<n>\d+)/?$", RegexOptions.IgnoreCase)]
    private static partial Regex PagePath();

    [GeneratedRegex(@"[?&](?:page|paged|pg|p)=(?<n>\d+)", RegexOptions.IgnoreCase)]
    private static partial Regex PageQuery();

    [GeneratedRegex(@"^[\s«‹<←»›>→]*(?:next|next\s+page|next\s+results|older|older\s+(?:entries|posts|jobs|listings)|more\s+jobs|siguiente|p[áa]gina\s+siguiente|suivant|suivante|page\s+suivante|successiv[oa]|pagina\s+successiva|avanti|volgende|volgende\s+pagina|weiter|n[äa]chste(?:\s+seite)?)[\s«‹<←»›>→]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NextText();
}
