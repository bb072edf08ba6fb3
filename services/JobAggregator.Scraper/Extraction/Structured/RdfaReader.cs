using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>Reads schema.org JobPosting items written as RDFa (Lite): <c>vocab</c>, <c>typeof</c>, <c>property</c>,
/// with <c>content</c> overriding the visible text.</summary>
internal static class RdfaReader
{
    private const int MaxDepth = 6;

    public static IReadOnlyList<SchemaItem> JobPostings(IDocument document) =>
        document.QuerySelectorAll("[typeof]")
            .Where(e => TypesOf(e).Contains("JobPosting", StringComparer.OrdinalIgnoreCase) && InSchemaVocabulary(e))
            .Select(e => Read(e, 0))
            .ToList();

    private static List<string> TypesOf(IElement element) =>
        (element.GetAttribute("typeof") ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(SchemaItem.LocalName)
            .ToList();

    /// <summary>The nearest <c>vocab</c> names schema.org, or the type is written as a CURIE or IRI of it. Pages that use
    /// other vocabularies (Open Graph, Dublin Core) are not read.</summary>
    private static bool InSchemaVocabulary(IElement element)
    {
        var type = element.GetAttribute("typeof") ?? "";
        if (type.Contains("schema.org", StringComparison.OrdinalIgnoreCase) || type.Contains("schema:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (e.GetAttribute("vocab") is { } vocab)
            {
                return vocab.Contains("schema.org", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static SchemaItem Read(IElement subject, int depth)
    {
        var item = new SchemaItem(TypesOf(subject));
        var pending = new Stack<IElement>(subject.Children.Reverse());
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            var names = (element.GetAttribute("property") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names.Select(SchemaItem.LocalName))
            {
                item.Add(name, ValueOf(element, name, depth));
            }

            // An element with typeof starts a new subject: what is inside describes it, not this one.
            if (!element.HasAttribute("typeof"))
            {
                foreach (var child in element.Children.Reverse())
                {
                    pending.Push(child);
                }
            }
        }

        return item;
    }

    private static SchemaValue ValueOf(IElement element, string property, int depth)
    {
        if (element.HasAttribute("typeof"))
        {
            return depth < MaxDepth ? new SchemaValue(null, null, Read(element, depth + 1)) : new SchemaValue(null, null, null);
        }

        var text = element.GetAttribute("content")
            ?? (element.LocalName == "time" ? element.GetAttribute("datetime") : null)
            ?? (StructuredText.IsTextProperty(property) ? null : element.GetAttribute("href") ?? element.GetAttribute("src") ?? element.GetAttribute("resource"))
            ?? PlainText.Of(element);
        return new SchemaValue(PlainText.Collapse(text), element.InnerHtml, null);
    }
}
