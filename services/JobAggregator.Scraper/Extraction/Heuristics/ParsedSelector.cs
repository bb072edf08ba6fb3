using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A selector the heuristics match on many elements, parsed once: a selector string given to
/// <c>QuerySelector</c> is looked up in the parser's cache, under a lock, on every query.</summary>
internal static class ParsedSelector
{
    public static ISelector Of(string text) =>
        new CssSelectorParser().ParseSelector(text) ?? throw new ArgumentException($"Not a selector: {text}", nameof(text));
}
