using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Text as a reader sees it: whitespace (non-breaking spaces included) collapsed, entities decoded.</summary>
internal static partial class PlainText
{
    /// <summary>The text with runs of whitespace made one space and trimmed; null when nothing is left.</summary>
    public static string? Collapse(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>An element's text as a browser lays it out: blocks (<c>&lt;div&gt;</c>, <c>&lt;h3&gt;</c>,
    /// <c>&lt;li&gt;</c>, <c>&lt;br&gt;</c>) are apart from their neighbours, which <c>TextContent</c> runs together
    /// ("Staff AttorneyExample Project").</summary>
    public static string? Of(INode node)
    {
        var text = new StringBuilder();
        Append(node, text);
        return Collapse(text.ToString());
    }

    private static void Append(INode node, StringBuilder text)
    {
        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                break;
            case IElement { LocalName: "script" or "style" or "template" or "noscript" }:
                break;
            case IElement element:
                var block = !Inline().IsMatch(element.LocalName);
                if (block)
                {
                    text.Append(' ');
                }

                foreach (var child in element.ChildNodes)
                {
                    Append(child, text);
                }

                if (block)
                {
                    text.Append(' ');
                }

                break;
            default:
                foreach (var child in node.ChildNodes)
                {
                    Append(child, text);
                }

                break;
        }
    }

    /// <summary>The text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed.</summary>
    public static string? FromHtml(string? html) =>
        html is null ? null : Collapse(WebUtility.HtmlDecode(Tags().Replace(html, " ")));

    /// <summary>Plain text as HTML a description can carry.</summary>
    public static string? AsHtml(string? text) =>
        Collapse(text) is { } collapsed ? "<p>" + WebUtility.HtmlEncode(collapsed) + "</p>" : null;

    [GeneratedRegex(@"[\s\u00A0\u200B]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|wbr)$")]
    private static partial Regex Inline();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
