using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Text;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Text as a reader sees it: whitespace (non-breaking spaces included) collapsed, entities decoded.</summary>
internal static partial class PlainText
{
    /// <summary>The text with runs of whitespace made one space and trimmed; null when nothing is left.</summary>
    public static string? Collapse(string? text) => HtmlToText.CollapseWhitespace(text);

    /// <summary>An element's text as a browser lays it out, on one line: see <see cref="HtmlToText.Collapsed"/>. Worked
    /// out once per element of a parsed page (<see cref="PageMemo"/>).</summary>
    public static string? Of(INode node) => PageMemo.Of(node) is { } memo ? memo.Text(node, Collapsed) : Collapsed(node);

    private static string? Collapsed(INode node) => HtmlToText.Collapsed(node);

    /// <summary>The element's text (<paramref name="text"/>, as <see cref="Of"/> gives it) without the glyphs of icons
    /// hidden from screen readers at its end or start (HubSpot's accordion toggle "Support Worker – Hamilton&lt;span
    /// aria-hidden="true"&gt;+&lt;/span&gt;", a "›" chevron): an icon holding no letter or digit is decoration, no part of a title.</summary>
    public static string WithoutIcons(IElement element, string text)
    {
        foreach (var hidden in ElementWalk.Descendants(element))
        {
            if (hidden.GetAttribute("aria-hidden") == "true" && Collapse(hidden.TextContent) is { } glyph && !glyph.Any(char.IsLetterOrDigit)
                && glyph.Length < text.Length)
            {
                text = text.EndsWith(glyph, StringComparison.Ordinal) ? text[..^glyph.Length].TrimEnd()
                    : text.StartsWith(glyph, StringComparison.Ordinal) ? text[glyph.Length..].TrimStart()
                    : text;
            }
        }

        return text;
    }

    /// <summary>The element's <c>TextContent</c>, without one made for an element that holds one text (most links).</summary>
    public static string TextContentOf(IElement element) =>
        element.FirstChild is IText { NextSibling: null } only ? only.Data : element.TextContent;

    /// <summary>The text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed.</summary>
    public static string? FromHtml(string? html) =>
        html is null ? null : Collapse(WebUtility.HtmlDecode(Tags().Replace(html, " ")));

    /// <summary>Plain text as HTML a description can carry.</summary>
    public static string? AsHtml(string? text) =>
        Collapse(text) is { } collapsed ? "<p>" + WebUtility.HtmlEncode(collapsed) + "</p>" : null;

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();
}
