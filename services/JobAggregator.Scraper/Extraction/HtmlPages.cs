using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JobAggregator.Scraper.Extraction;

internal static class HtmlPages
{
    /// <summary>One parser and browsing context for every page. A context per page (what <c>OpenAsync</c> takes) made
    /// the configuration, the context's services and its CSS selector parser again for each page, and turned the
    /// decoded text back into bytes to decode it once more: together more than the parse itself. The shared context
    /// keeps the selectors the strategies ask for parsed (AngleSharp's selector cache takes a lock, so pages parsed and
    /// queried in parallel may share it).</summary>
    /// <remarks>The document is not given the page's address (<see cref="IDocument.Url"/> is <c>about:blank</c>): that
    /// costs as much again as the parse, and every strategy resolves links against <see cref="PageContent.Url"/>.</remarks>
    private static readonly HtmlParser Parser = CreateParser();

    /// <summary>Parses a page already decoded to text (<see cref="PageContent.Text"/>), nested no deeper than
    /// <see cref="NestingLimit"/> allows and cut after as many elements as it allows (<paramref name="elementsCut"/>
    /// says so). The parser reads the text as it is: a meta charset cannot make it decode the page again another
    /// way.</summary>
    public static IDocument Parse(string text, out bool elementsCut, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Parser.ParseDocument(NestingLimit.Apply(text, out elementsCut));
    }

    private static HtmlParser CreateParser()
    {
        // Without the attribute observer: it reacts to attributes as a browser would (a stylesheet link resolves its
        // URL and asks to load it, a base href moves the document's URL), which costs a tenth of the parse, and nothing
        // here reads the DOM's properties, only its attributes and text. Nor are the elements' source positions kept
        // (a few per cent of the parse): nothing reads them.
        var options = new HtmlParserOptions { DisableElementPositionTracking = true };
        var parser = new HtmlParser(options, BrowsingContext.New(Configuration.Default.Without<IAttributeObserver>()));

        // The context makes each of its services on first use: made here, before pages are parsed in parallel.
        using var document = parser.ParseDocument("<!DOCTYPE html><html><head><title>t</title></head><body><a href='/'>a</a></body></html>");
        _ = document.QuerySelector("a[href]");
        return parser;
    }
}
