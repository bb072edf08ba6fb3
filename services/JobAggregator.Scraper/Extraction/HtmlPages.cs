using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using AngleSharp.Io;

namespace JobAggregator.Scraper.Extraction;

internal static class HtmlPages
{
    /// <summary>One browsing context for every page. A context per page (what <c>OpenAsync</c> takes) made the
    /// configuration, the context's services and its CSS selector parser again for each page, and turned the decoded
    /// text back into bytes to decode it once more: together more than the parse itself. The shared context keeps the
    /// selectors the strategies ask for parsed (AngleSharp's selector cache takes a lock, so pages parsed and queried
    /// in parallel may share it).</summary>
    private static readonly IBrowsingContext Context = CreateContext();

    /// <summary>Parses a page already decoded to text (<see cref="PageContent.Text"/>), nested no deeper than
    /// <see cref="NestingLimit"/> allows; the document's address is the page's. The parser reads the text as it is: a
    /// meta charset cannot make it decode the page again another way.</summary>
    public static IDocument Parse(Uri url, string text, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var response = VirtualResponse.Create(r => r.Address(url).Header(HeaderNames.ContentType, MimeTypeNames.Html));

        // A parser is two references; the context it shares is what costs. The document gets its address as OpenAsync
        // gives it, before its content is parsed.
        var parser = new HtmlParser(new HtmlParserOptions(), Context);
        parser.Parsing += (_, parsing) =>
        {
            if (parsing is HtmlParseEvent { Document: Document document })
            {
                document.Setup(response, new MimeType(MimeTypeNames.Html), null);
            }
        };
        return parser.ParseDocument(NestingLimit.Apply(text));
    }

    private static IBrowsingContext CreateContext()
    {
        var context = BrowsingContext.New(Configuration.Default);

        // The context makes each of its services on first use: made here, before pages are parsed in parallel.
        using var document = new HtmlParser(new HtmlParserOptions(), context)
            .ParseDocument("<!DOCTYPE html><html><head><title>t</title></head><body><a href='/'>a</a></body></html>");
        _ = document.QuerySelector("a[href]");
        return context;
    }
}
