using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction;

/// <summary>Reads what a posting's own page adds to the listing's excerpt: its schema.org JobPosting when it has one,
/// else the page's main content as the description; labelled lines ("Location:", "Salary:", "Closing date:") in the
/// main content fill the fields either leaves empty.</summary>
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
        var main = MainContent.Select(document.QuerySelector).FirstOrDefault(e => e is not null && e.TextContent.Trim().Length > 200);
        var labelled = main is null ? null : LabelledLines.Read(WithoutChrome(main));
        var structured = JsonLdExtractor.Extract(document, page.Url);
        if (structured.Count == 1)
        {
            // The JSON-LD wins; the page's labelled lines fill what it leaves out.
            return (labelled is null ? structured[0] : labelled.CompletedBy(structured[0])) with { Url = null };
        }

        return main is null ? null : labelled! with { DescriptionHtml = WithoutChrome(main).InnerHtml.Trim() };
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
