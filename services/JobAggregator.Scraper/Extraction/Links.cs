namespace JobAggregator.Scraper.Extraction;

internal static class Links
{
    /// <summary>An href made absolute against the page it is on; null for empty, fragment-only or non-web links.</summary>
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

        return absolute.Scheme is "http" or "https" ? absolute : null;
    }
}
