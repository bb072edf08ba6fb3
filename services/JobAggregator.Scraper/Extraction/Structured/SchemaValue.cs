using System.Net;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>A property's value: text (an attribute's value, the element's text or a JSON-LD literal), the HTML the value
/// carries for rich properties such as the description, or a nested item.</summary>
internal sealed class SchemaValue(string? text, string? html, SchemaItem? item)
{
    private string? _text = text;
    private string? _literal;

    public string? Html { get; } = html;

    public SchemaItem? Item { get; } = item;

    /// <summary>Whitespace collapsed; a JSON-LD literal's entities decoded too.</summary>
    public string? Text
    {
        get
        {
            // Cleaned on first read: most of a page's longest literals (descriptions) are only ever read as HTML.
            if (_literal is { } literal)
            {
                _text = PlainText.Collapse(WebUtility.HtmlDecode(literal));
                _literal = null;
            }

            return _text;
        }
    }

    /// <summary>A JSON-LD string: its text is the string with entities decoded, its HTML the string itself (entity-escaped
    /// HTML, which some boards write, decoded once so that it is markup again).</summary>
    public static SchemaValue Literal(string literal) =>
        new(null, literal.Contains("&lt;", StringComparison.Ordinal) && !literal.Contains('<', StringComparison.Ordinal) ? WebUtility.HtmlDecode(literal) : literal, null)
        {
            _literal = literal,
        };
}
