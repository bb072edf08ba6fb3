using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction;

/// <summary>Reads what a posting's own page adds to the listing's excerpt: its schema.org JobPosting when it has one,
/// else the page's main content as the description.</summary>
internal static class DetailPageReader
{
    private static readonly string[] MainContent =
        ["[itemprop='description']", ".entry-content", ".job-description", ".posting-description", "article", "main", "[role='main']", "#content", ".content"];

    public static async Task<PostingDraft?> ReadAsync(PageContent page, CancellationToken cancellationToken)
    {
        if (page.Format != PageFormat.Html)
        {
            return null;
        }

        var document = await page.HtmlAsync(cancellationToken);
        var structured = JsonLdExtractor.Extract(document, page.Url);
        if (structured.Count == 1)
        {
            return structured[0] with { Url = null };
        }

        var main = MainContent.Select(document.QuerySelector).FirstOrDefault(e => e is not null && e.TextContent.Trim().Length > 200);
        return main is null ? null : new PostingDraft { DescriptionHtml = WithoutChrome(main).InnerHtml.Trim() };
    }

    private static IElement WithoutChrome(IElement main)
    {
        var copy = (IElement)main.Clone(deep: true);
        foreach (var chrome in copy.QuerySelectorAll("nav, header, footer, aside, script, style, form, .share, .sharedaddy, .sidebar").ToList())
        {
            chrome.Remove();
        }

        return copy;
    }
}
