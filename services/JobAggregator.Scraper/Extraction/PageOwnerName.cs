using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Extraction.HiringTools;

namespace JobAggregator.Scraper.Extraction;

/// <summary>The owner's name for a page read with no configured source (the <c>extract</c> preview): what the page says
/// (<see cref="SiteName"/>), else what its postings say (<see cref="HiringToolBoardOwner"/>), else, for a source named
/// after the page's host, the host's readable part (<see cref="SiteName.OfHost"/>); in full where the postings' ads write
/// it so (<see cref="FullerName"/>).</summary>
public static class PageOwnerName
{
    /// <param name="pageUrl">The page's address.</param>
    /// <param name="document">The page, when it is HTML.</param>
    /// <param name="madeUpName">The name the source was made up with from the page's address: a hiring tool board's
    /// readable token, or the host.</param>
    /// <param name="postings">What the page lists.</param>
    /// <returns>Null when <paramref name="madeUpName"/> is as good as anything the page says.</returns>
    public static string? Of(Uri pageUrl, IDocument? document, string madeUpName, IReadOnlyCollection<PostingDraft> postings)
    {
        ArgumentNullException.ThrowIfNull(pageUrl);
        ArgumentNullException.ThrowIfNull(postings);
        if (document is not null && SiteName.Of(document) is { } siteName)
        {
            return siteName;
        }

        var named = HiringToolBoardOwner.FromPostings(pageUrl, madeUpName, postings)
            ?? (madeUpName == pageUrl.Host ? SiteName.OfHost(pageUrl) : null);
        // A board's name in full, as its ads write it.
        var ads = string.Join('\n', postings.Select(p => PlainText.FromHtml(p.DescriptionHtml)).OfType<string>());
        var fuller = FullerName.Of(named ?? madeUpName, ads);
        return fuller != (named ?? madeUpName) ? fuller : named;
    }
}
