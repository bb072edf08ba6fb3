using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Host.Preview;

/// <summary>Who a page says it belongs to (<c>og:site_name</c>, else the owner's part of its title) and where (its
/// site's country, <see cref="SiteCountry"/>), for a preview with no configured source: what an operator would have
/// configured, instead of the page's host or a hiring tool's board token and no country.</summary>
internal static class PageOwner
{
    public static async Task<(string? Name, string? Country)> ReadAsync(Uri pageUrl, FetchedPage? page, CancellationToken cancellationToken)
    {
        if (page is null || page.NotModified)
        {
            return (null, SiteCountry.Of(pageUrl, languageTag: null));
        }

        var content = new PageContent(page);
        if (content.Format != PageFormat.Html)
        {
            return (null, SiteCountry.Of(pageUrl, languageTag: null));
        }

        var document = await content.HtmlAsync(cancellationToken);
        return (SiteName.Of(document), SiteCountry.Of(pageUrl, document.DocumentElement?.GetAttribute("lang")));
    }
}
