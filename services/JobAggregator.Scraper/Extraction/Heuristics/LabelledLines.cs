using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Reads the labelled lines of a posting's own page: "Location: Columbus, OH", "Salary: $17.89 – $50.98 per
/// hour", "Closing date: Mar 10, 2020" in paragraphs, list items or lines broken by <c>&lt;br&gt;</c>, a table row
/// whose header cell names the field, or a <c>&lt;dt&gt;</c> and its <c>&lt;dd&gt;</c>.</summary>
internal static partial class LabelledLines
{
    public static PostingDraft Read(IElement content)
    {
        var fields = new FoundFields();
        foreach (var line in content.QuerySelectorAll("p, li, div, span, td, dd"))
        {
            if (line.Children.Any(c => c.LocalName is "p" or "li" or "div" or "ul" or "ol" or "table") || !MayHoldLabel(line))
            {
                continue;
            }

            foreach (var part in LineBreak().Split(line.InnerHtml))
            {
                if (PlainText.FromHtml(part) is { } text && FieldLabels.Split(text) is var (kind, _, value) && kind is not (FieldKind.None or FieldKind.Title))
                {
                    fields.Set(kind, value);
                }
            }
        }

        foreach (var row in content.QuerySelectorAll("tr"))
        {
            if (row.QuerySelector("th") is { } header && row.QuerySelector("td") is { } cell && FieldLabels.KindOf(header.TextContent) is var kind
                && kind is not (FieldKind.None or FieldKind.Title))
            {
                fields.Set(kind, PlainText.Of(cell));
            }
        }

        foreach (var term in content.QuerySelectorAll("dt"))
        {
            if (term.NextElementSibling is { LocalName: "dd" } definition && FieldLabels.KindOf(term.TextContent) is var kind
                && kind is not (FieldKind.None or FieldKind.Title))
            {
                fields.Set(kind, PlainText.Of(definition));
            }
        }

        return fields.AsDraft();
    }

    /// <summary>Whether a line's markup, made into text as <see cref="Read"/> makes it, may hold a colon or a digit, without
    /// which <see cref="FieldLabels.Split"/> finds no label: its text holds one, or an entity (<c>&amp;</c>), a comment, a
    /// template or an attribute holding <c>&gt;</c> could make one. Most lines of a page hold none, and their markup is
    /// not worth making.</summary>
    private static bool MayHoldLabel(INode node)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var mayHold = children[i] switch
            {
                IText text => HoldsLabelCharacter(text.Data),
                IElement element => element.LocalName == "template" || HasAttributeHoldingTagEnd(element) || MayHoldLabel(element),
                _ => true,
            };
            if (mayHold)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsLabelCharacter(string text)
    {
        foreach (var c in text)
        {
            if (c is ':' or '：' or '&' || char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An attribute value holding <c>&gt;</c> ends its tag early when the markup's tags are dropped, leaving the
    /// rest of the value in the text.</summary>
    private static bool HasAttributeHoldingTagEnd(IElement element)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Value.Contains('>', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}
