using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Io;

namespace JobAggregator.Scraper.Extraction;

internal static class HtmlPages
{
    /// <summary>Parses a page already decoded to text (<see cref="PageContent.Text"/>), nested no deeper than
    /// <see cref="NestingLimit"/> allows. The parser is told the text is UTF-8, so a meta charset cannot make it decode
    /// the page again another way.</summary>
    public static async Task<IDocument> ParseAsync(Uri url, string text, CancellationToken cancellationToken)
    {
        // The context is not disposed here: disposing it empties the document it returned.
        var context = BrowsingContext.New(Configuration.Default);
        var document = await context.OpenAsync(
            response => response
                .Content(NestingLimit.Apply(text))
                .Address(url)
                .Header(HeaderNames.ContentType, "text/html; charset=utf-8"),
            cancellationToken);
        return document;
    }
}
