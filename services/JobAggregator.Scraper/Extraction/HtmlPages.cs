using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Io;
using JobAggregator.Scraper.Fetching;

namespace JobAggregator.Scraper.Extraction;

internal static class HtmlPages
{
    /// <summary>Parses a fetched page; the charset comes from the Content-Type header, else from the page's meta tag.</summary>
    public static async Task<IDocument> ParseAsync(FetchedPage page, CancellationToken cancellationToken)
    {
        // The context is not disposed here: disposing it empties the document it returned.
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(
            response =>
            {
                response.Content(new MemoryStream(page.Body, writable: false), shouldDispose: true).Address(page.Url);
                if (page.ContentType is not null)
                {
                    response.Header(HeaderNames.ContentType, page.ContentType);
                }
            },
            cancellationToken);
        return document;
    }
}
