using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Host.Preview;

/// <summary>Who a page says it belongs to (<c>og:site_name</c>, else the owner's part of its title) and where (its
/// site's country, <see cref="SiteCountry"/>), for a preview with no configured source: what an operator would have
/// configured, instead of the page's host or a hiring tool's board token and no country. A page that names no owner
/// (a hiring tool's answer) is named as its postings tell (<see cref="HiringToolBoardOwner"/>), else, when the source
/// was named after the page's host, after the host's readable part (<see cref="SiteName.OfHost"/>).</summary>
internal static class PageOwner
{
    /// <param name="madeUpName">The name the source was made up with, from the page's address.</param>
    /// <param name="postings">What the page lists.</param>
    public static async Task<(string? Name, string? Country)> ReadAsync(
        Uri pageUrl, FetchedPage? page, string madeUpName, IReadOnlyCollection<PostingDraft> postings, CancellationToken cancellationToken)
    {
        var content = page is null || page.NotModified ? null : new PageContent(page);
        var document = content?.Format == PageFormat.Html ? await content.HtmlAsync(cancellationToken) : null;
        return (PageOwnerName.Of(pageUrl, document, madeUpName, postings), SiteCountry.Of(pageUrl, document?.DocumentElement?.GetAttribute("lang")));
    }
}
