using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Text;

/// <summary>The product's one way from parsed HTML to the text a reader sees, compiled into the scraper and the
/// normalizer (a linked file, so neither depends on the other): inline elements run on, every other element stands
/// apart from its neighbours, table cells are set apart by a space, code and styling are left out. The normalizer keeps
/// a description's blocks as lines (<see cref="Lines"/>); the scraper reads titles and fields as one line
/// (<see cref="Collapsed"/>).</summary>
internal static partial class HtmlToText
{
    /// <summary>One line per block, list items marked ("- ", or "1. " in an ordered list), whitespace collapsed within
    /// each line.</summary>
    /// <param name="root">The element whose content is the fragment, such as a parsed document's body.</param>
    /// <returns>The text, or null when the fragment shows no text.</returns>
    public static string? Lines(INode root)
    {
        var lines = Walk(root, asLines: true)
            .Split('\n')
            .Select(line => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Where(line => line.Length > 0 && line != "-");
        var result = string.Join('\n', lines);
        return result.Length == 0 ? null : result;
    }

    /// <summary>The text as one line: blocks (<c>&lt;div&gt;</c>, <c>&lt;h3&gt;</c>, <c>&lt;li&gt;</c>,
    /// <c>&lt;br&gt;</c>) apart from their neighbours, which <c>TextContent</c> runs together ("Staff AttorneyExample
    /// Project"), whitespace collapsed.</summary>
    /// <returns>The text, or null when nothing is left.</returns>
    public static string? Collapsed(INode root) => CollapseWhitespace(Walk(root, asLines: false));

    /// <summary>Runs of whitespace (non-breaking and zero-width spaces included) made one space, trimmed; null when
    /// nothing is left.</summary>
    public static string? CollapseWhitespace(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static string Walk(INode root, bool asLines)
    {
        ArgumentNullException.ThrowIfNull(root);

        var apart = asLines ? '\n' : ' ';
        var text = new StringBuilder();

        // An explicit stack rather than recursion: scraped markup can nest deeper than the call stack allows.
        var pending = new Stack<(INode Node, bool Closing)>();
        pending.Push((root, false));
        while (pending.Count > 0)
        {
            var (node, closing) = pending.Pop();
            if (closing)
            {
                text.Append(apart);
                continue;
            }

            if (node is IText textNode)
            {
                text.Append(textNode.Data);
                continue;
            }

            if (node is IElement element)
            {
                switch (element.LocalName)
                {
                    case "script" or "style" or "template" or "noscript":
                        continue;
                    case "br":
                        text.Append(apart);
                        continue;
                    case "td" or "th" when asLines:
                        text.Append(' ');
                        break;
                    case "li" when asLines:
                        text.Append('\n').Append(ListMarker(element));
                        pending.Push((element, true));
                        break;
                    case var name when !Inline().IsMatch(name):
                        text.Append(apart);
                        pending.Push((element, true));
                        break;
                }
            }

            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                pending.Push((child, false));
            }
        }

        return text.ToString();
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

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)$")]
    private static partial Regex Inline();
}
