using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Host.Preview;

/// <summary>Who a page says it belongs to (<c>og:site_name</c>, else the owner's part of its title), for a preview
/// with no configured source: a better name for its postings than the page's host or a hiring tool's board token.</summary>
internal static class PageOwner
{
    public static async Task<string?> NameAsync(FetchedPage? page, CancellationToken cancellationToken)
    {
        if (page is null || page.NotModified)
        {
            return null;
        }

        var content = new PageContent(page);
        return content.Format == PageFormat.Html ? SiteName.Of(await content.HtmlAsync(cancellationToken)) : null;
    }
}
