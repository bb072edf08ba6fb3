using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The classes a page's own style sheet makes emphasis of: a rule for one class that sets bold (<c>bold</c>,
/// <c>bolder</c>, 600 to 900) or a font size clearly above the body text's, the size of the sized class most elements
/// wear. Google Docs' "Publish to the web" writes every run of text as a classed span and its bold only in the sheet
/// (<c>.c0{font-weight:700;font-size:14pt}</c>); Word's "Save as HTML" writes <c>&lt;b&gt;</c>, read as such.</summary>
internal static partial class StyleSheetEmphasis
{
    /// <summary>How far above the body text's size a class's size must be to stand out as a title's.</summary>
    private const double LargerThanBody = 1.2;

    /// <summary>The page's bold classes and its large-print ones.</summary>
    internal sealed record Classes(HashSet<string> Bold, HashSet<string> LargePrint);

    /// <summary>Whether one of the element's classes is emphasis by its page's style sheet.</summary>
    public static bool Marks(IElement element) => Wears(element, c => c.Bold);

    /// <summary>Whether one of the element's classes sets large print (<see cref="ElementWalk.IsLargePrint"/>) by its
    /// page's style sheet, as a page's heading written as a paragraph is.</summary>
    public static bool MarksLargePrint(IElement element) => Wears(element, c => c.LargePrint);

    private static bool Wears(IElement element, Func<Classes, HashSet<string>> which) =>
        element.HasAttribute("class") && element.Owner is { } document
        && which(PageMemo.Of(document).EmphasisClasses(document, Of)) is { Count: > 0 } classes && element.ClassList.Any(classes.Contains);

    private static Classes Of(IDocument document)
    {
        var bold = new HashSet<string>(StringComparer.Ordinal);
        var large = new HashSet<string>(StringComparer.Ordinal);
        var sizes = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sheet in document.GetElementsByTagName("style"))
        {
            foreach (Match rule in ClassRule().Matches(sheet.TextContent))
            {
                var body = rule.Groups["body"].Value;
                foreach (var selector in rule.Groups["selectors"].Value.Split(','))
                {
                    if (SingleClass().Match(selector) is not { Success: true } single)
                    {
                        continue;
                    }

                    var name = single.Groups["name"].Value;
                    if (ElementWalk.IsBoldStyle(body))
                    {
                        bold.Add(name);
                    }

                    if (ElementWalk.FontSizeInPoints(body) is { } size)
                    {
                        sizes[name] = size;
                        if (ElementWalk.IsLargePrint(body))
                        {
                            large.Add(name);
                        }
                    }
                }
            }
        }

        if (sizes.Values.Distinct().Count() > 1 && BodySize(document, sizes) is { } bodySize)
        {
            bold.UnionWith(sizes.Where(s => s.Value >= bodySize * LargerThanBody).Select(s => s.Key));
        }

        return new Classes(bold, large);
    }

    /// <summary>The size of the sized class worn by the most elements of the page: its body text's.</summary>
    private static double? BodySize(IDocument document, Dictionary<string, double> sizes)
    {
        var worn = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var element in ElementWalk.Descendants(document.Body))
        {
            if (!element.HasAttribute("class"))
            {
                continue;
            }

            foreach (var name in element.ClassList)
            {
                if (sizes.ContainsKey(name))
                {
                    worn[name] = worn.GetValueOrDefault(name) + 1;
                }
            }
        }

        return worn.Count == 0 ? null : sizes[worn.MaxBy(w => w.Value).Key];
    }

    [GeneratedRegex(@"(?<selectors>[^{}]+)\{(?<body>[^{}]*)\}")]
    private static partial Regex ClassRule();

    [GeneratedRegex(@"^\s*\.(?<name>[\w-]+)\s*$")]
    private static partial Regex SingleClass();
}
