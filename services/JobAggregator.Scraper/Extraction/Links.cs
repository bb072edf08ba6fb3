using System.Web;

namespace JobAggregator.Scraper.Extraction;

internal static class Links
{
    /// <summary>An href made absolute against the page it is on; null for empty, fragment-only or non-web links. A Google
    /// redirect (<c>https://www.google.com/url?q=REAL&amp;sa=…</c>, as Google Docs and Sites write every link) is the
    /// address it leads to.</summary>
    public static Uri? Resolve(Uri pageUrl, string? href)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#'))
        {
            return null;
        }

        if (!Uri.TryCreate(pageUrl, href.Trim(), out var absolute))
        {
            return null;
        }

        if (absolute.Scheme is not ("http" or "https"))
        {
            return null;
        }

        return RedirectTarget(absolute) ?? absolute;
    }

    private static Uri? RedirectTarget(Uri link)
    {
        if (link.AbsolutePath != "/url" || !(link.Host is "www.google.com" or "google.com"))
        {
            return null;
        }

        var query = HttpUtility.ParseQueryString(link.Query);
        return (query["q"] ?? query["url"]) is { } target && Uri.TryCreate(target, UriKind.Absolute, out var real)
            && real.Scheme is "http" or "https"
            ? real
            : null;
    }
}
