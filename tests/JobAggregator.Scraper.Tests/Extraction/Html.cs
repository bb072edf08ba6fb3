using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JobAggregator.Scraper.Tests.Extraction;

internal static class Html
{
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
