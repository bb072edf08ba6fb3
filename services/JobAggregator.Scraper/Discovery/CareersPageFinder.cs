using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Discovery;

/// <summary>Finds an organisation's careers or jobs page from its website: the home page's links first, then the
/// site's sitemap. Fetching is the caller's, through a delegate, so that the caller's politeness and safety rules
/// apply to every request made here.</summary>
public sealed class CareersPageFinder(IOptions<DiscoveryOptions> options, ILogger<CareersPageFinder> logger)
{
    /// <param name="website">The organisation's home page.</param>
    /// <param name="language">The site's language (ISO 639-1), when the source gives it: its words win ties.</param>
    /// <param name="fetch">Reads a page: its address after redirects and its text, or null when there is no such page
    /// (a 404, say). Anything else it throws, such as a refused address, propagates.</param>
    public async Task<DiscoveryResult> FindAsync(
        Uri website, string? language, Func<Uri, CancellationToken, Task<(Uri Url, string Html)?>> fetch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(website);
        ArgumentNullException.ThrowIfNull(fetch);

        var limits = options.Value;
        var requests = 1;
        var home = await fetch(website, ct);
        var linksSeen = 0;
        IReadOnlyList<CareersPageCandidate> candidates = home is { } page
            ? CareersLinkScorer.ScoreLinks(page.Html, page.Url, website, language, out linksSeen)
            : [];
        if (candidates.Count > 0)
        {
            logger.LogDebug("Found {CandidateCount} careers page candidates among the links of {Website}", candidates.Count, website);
            return new DiscoveryResult(website, [.. candidates.Take(limits.MaxCandidates)], requests, null);
        }

        // The site's root, after any redirect of the home page, is where its sitemap lives.
        var root = new Uri((home?.Url ?? website).GetLeftPart(UriPartial.Authority) + "/");
        var sitemapUrl = new Uri(root, "sitemap.xml");
        requests++;
        var sitemap = await fetch(sitemapUrl, ct);
        var entries = new List<(Uri Page, Uri Sitemap)>();
        if (sitemap is { } index)
        {
            var content = SitemapParser.Parse(index.Html);
            entries.AddRange(content.Pages.Select(entry => (entry, index.Url)));
            foreach (var child in CareersLinkScorer.RankSitemaps(content.Sitemaps).Take(limits.MaxChildSitemaps))
            {
                requests++;
                if (await fetch(child, ct) is { } childSitemap)
                {
                    entries.AddRange(SitemapParser.Parse(childSitemap.Html).Pages.Select(entry => (entry, childSitemap.Url)));
                }
            }
        }

        candidates = CareersLinkScorer.ScoreSitemapPages(entries, home?.Url ?? website, language);
        logger.LogDebug(
            "Found {CandidateCount} careers page candidates among {SitemapEntryCount} sitemap entries of {Website}",
            candidates.Count, entries.Count, website);
        var problem = candidates.Count > 0 ? null : NothingFound(home is not null, linksSeen, sitemap is not null, sitemapUrl);
        return new DiscoveryResult(website, [.. candidates.Take(limits.MaxCandidates)], requests, problem);
    }

    private static string NothingFound(bool homeRead, int linksSeen, bool sitemapRead, Uri sitemapUrl)
    {
        var links = (homeRead, linksSeen) switch
        {
            (false, _) => "the home page could not be read",
            (true, 0) => "the home page has no links (it may build them with JavaScript)",
            _ => "no link on the home page looks like a careers or jobs page",
        };
        var sitemap = sitemapRead
            ? "no sitemap entry does either"
            : $"there is no sitemap at {sitemapUrl}";
        return $"{links}, and {sitemap}";
    }
}
