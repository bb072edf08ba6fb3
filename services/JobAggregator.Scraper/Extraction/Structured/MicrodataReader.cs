using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>Reads schema.org JobPosting items written as HTML microdata (<c>itemscope</c>, <c>itemtype</c>,
/// <c>itemprop</c>, <c>itemref</c>), with property values taken the way the microdata specification says.</summary>
internal static class MicrodataReader
{
    private const int MaxDepth = 6;

    public static IReadOnlyList<SchemaItem> JobPostings(IDocument document) =>
        document.QuerySelectorAll("[itemscope][itemtype]")
            .Where(e => TypesOf(e).Contains("JobPosting", StringComparer.OrdinalIgnoreCase))
            .Select(e => Read(e, document, 0))
            .ToList();

    private static List<string> TypesOf(IElement element) =>
        (element.GetAttribute("itemtype") ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(SchemaItem.LocalName)
            .ToList();

    private static SchemaItem Read(IElement scope, IDocument document, int depth)
    {
        var item = new SchemaItem(TypesOf(scope));
        var pending = new Stack<IElement>(scope.Children.Reverse());
        foreach (var id in (scope.GetAttribute("itemref") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            if (document.GetElementById(id) is { } referenced && !referenced.Contains(scope))
            {
                pending.Push(referenced);
            }
        }

        while (pending.Count > 0)
        {
            var element = pending.Pop();
            var names = (element.GetAttribute("itemprop") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names.Select(SchemaItem.LocalName))
            {
                item.Add(name, ValueOf(element, name, document, depth));
            }

            // A nested item's properties are its own, not this item's.
            if (!element.HasAttribute("itemscope"))
            {
                foreach (var child in element.Children.Reverse())
                {
                    pending.Push(child);
                }
            }
        }

        return item;
    }

    private static SchemaValue ValueOf(IElement element, string property, IDocument document, int depth)
    {
        if (element.HasAttribute("itemscope"))
        {
            return depth < MaxDepth ? new SchemaValue(null, null, Read(element, document, depth + 1)) : new SchemaValue(null, null, null);
        }

        var text = element.LocalName switch
        {
            "meta" => element.GetAttribute("content"),
            "audio" or "embed" or "iframe" or "img" or "source" or "track" or "video" => element.GetAttribute("src"),
            // A title written as a link means its text, whatever the specification says about href.
            "a" or "area" or "link" when !StructuredText.IsTextProperty(property) => element.GetAttribute("href"),
            "object" => element.GetAttribute("data"),
            "data" or "meter" => element.GetAttribute("value"),
            "time" => element.GetAttribute("datetime") ?? PlainText.Of(element),
            _ => element.GetAttribute("content") ?? PlainText.Of(element),
        };
        return new SchemaValue(PlainText.Collapse(text), element.InnerHtml, null);
    }
}
