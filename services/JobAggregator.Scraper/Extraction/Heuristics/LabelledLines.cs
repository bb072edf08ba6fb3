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
            if (line.Children.Any(c => c.LocalName is "p" or "li" or "div" or "ul" or "ol" or "table"))
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

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();
}
