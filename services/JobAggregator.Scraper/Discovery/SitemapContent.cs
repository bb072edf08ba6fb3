namespace JobAggregator.Scraper.Discovery;

/// <summary>The addresses a sitemap lists: pages of the site (a urlset) or further sitemaps (a sitemap index).</summary>
internal sealed record SitemapContent(IReadOnlyList<Uri> Pages, IReadOnlyList<Uri> Sitemaps)
{
    public static SitemapContent Empty { get; } = new([], []);
}
