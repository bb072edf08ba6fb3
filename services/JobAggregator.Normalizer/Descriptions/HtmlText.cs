using System.Text;
using AngleSharp.Dom;

namespace JobAggregator.Normalizer.Descriptions;

/// <summary>Plain text of an HTML fragment already parsed: one line per block, list items marked, whitespace collapsed.</summary>
internal static class HtmlText
{
    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr", "dl", "dt",
        "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "section", "article", "header", "footer",
        "main", "aside", "address", "figure", "figcaption", "details", "summary",
    };

    /// <param name="root">The element whose content is the fragment, such as the body of a parsed document.</param>
    /// <returns>The text, or null when the fragment shows no text.</returns>
    public static string? Of(INode root)
    {
        ArgumentNullException.ThrowIfNull(root);

        var text = new StringBuilder();

        // An explicit stack rather than recursion: scraped markup can nest deeper than the call stack allows.
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var name = element.LocalName;
            if (closing)
            {
                text.Append('\n');
                continue;
            }

            switch (name)
            {
                case "br":
                    text.Append('\n');
                    continue;
                case "script" or "style" or "template":
                    continue;
                case "li":
                    text.Append('\n').Append(ListMarker(element));
                    break;
                case "td" or "th":
                    text.Append(' ');
                    break;
                default:
                    if (BlockElements.Contains(name))
                    {
                        text.Append('\n');
                    }

                    break;
            }

            if (BlockElements.Contains(name))
            {
                pending.Push((element, true));
            }

            for (var child = element.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }

        var lines = text.ToString()
            .Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0 && line != "-");
        var result = string.Join('\n', lines);
        return result.Length == 0 ? null : result;
    }

    private static string ListMarker(IElement item)
    {
        if (item.ParentElement is not { LocalName: "ol" } list)
        {
            return "- ";
        }

        var position = 1;
        foreach (var sibling in list.Children)
        {
            if (sibling == item)
            {
                break;
            }

            if (sibling.LocalName == "li")
            {
                position++;
            }
        }

        return $"{position}. ";
    }
}
