using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace JobAggregator.EndToEnd.Tests.Xss;

/// <summary>Finds what a browser or a feed reader could run in a response: a script element (other than the pages'
/// own JSON-LD data), an <c>on*</c> attribute, a javascript:, vbscript: or data: URL in a link or source, a style
/// expression, a frame or embedded object; in HTML parsed as a browser parses it, in JSON and feeds in every decoded
/// string (each parsed as HTML too, as a client that shows it as HTML would). Each leak is described with where it
/// was found.</summary>
internal static partial class LeakScanner
{
    private static readonly HtmlParser Parser = new();

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "data", "xlink:href", "poster", "background", "srcset", "codebase", "cite", "ping",
    };

    private static readonly HashSet<string> EmbeddingElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "base",
    };

    public static List<string> InHtmlPage(string where, string html)
    {
        var leaks = new List<string>();
        using var document = Parser.ParseDocument(html);
        var scripts = document.QuerySelectorAll("script").ToList();
        foreach (var script in scripts)
        {
            if (!string.Equals(script.GetAttribute("type"), "application/ld+json", StringComparison.OrdinalIgnoreCase) || script.HasAttribute("src"))
            {
                leaks.Add($"{where}: a script element: {Shorten(script.OuterHtml)}");
                continue;
            }

            try
            {
                using var data = JsonDocument.Parse(script.TextContent);
                leaks.AddRange(InJson($"{where} (JSON-LD)", data.RootElement));
            }
            catch (JsonException e)
            {
                leaks.Add($"{where}: JSON-LD that does not parse, broken out of? {e.Message}");
            }
        }

        // Every "<script" in the raw text must be one of the JSON-LD elements: any other is markup that got through.
        var raw = ScriptTag().Count(html);
        if (raw != scripts.Count)
        {
            leaks.Add($"{where}: {raw} '<script' in the response for {scripts.Count} script elements");
        }

        leaks.AddRange(InElements(where, document.All.Where(e => e.LocalName != "script")));
        return leaks;
    }

    public static List<string> InJson(string where, JsonElement element)
    {
        var leaks = new List<string>();
        Walk(element, null);
        return leaks;

        void Walk(JsonElement value, string? property)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var member in value.EnumerateObject())
                    {
                        Walk(member.Value, member.Name);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in value.EnumerateArray())
                    {
                        Walk(item, property);
                    }

                    break;
                case JsonValueKind.String:
                    var text = value.GetString()!;
                    var here = $"{where} '{property}'";
                    leaks.AddRange(InText(here, text));
                    if (property is not null && (property.EndsWith("url", StringComparison.OrdinalIgnoreCase)
                        || property.EndsWith("link", StringComparison.OrdinalIgnoreCase) || property is "sameAs" or "logo" or "image" or "@id")
                        && IsScriptUrl(text))
                    {
                        leaks.Add($"{here}: a script URL: {Shorten(text)}");
                    }

                    break;
            }
        }
    }

    public static List<string> InFeed(string where, string xml)
    {
        var leaks = new List<string>();
        if (ScriptTag().IsMatch(xml))
        {
            leaks.Add($"{where}: '<script' in the feed's XML");
        }

        var feed = XDocument.Parse(xml);
        foreach (var element in feed.Descendants())
        {
            if (!element.HasElements)
            {
                leaks.AddRange(InText($"{where} <{element.Name.LocalName}>", element.Value));
                if (element.Name.LocalName is "link" or "guid" or "id" or "uri" && IsScriptUrl(element.Value))
                {
                    leaks.Add($"{where} <{element.Name.LocalName}>: a script URL: {Shorten(element.Value)}");
                }
            }

            foreach (var attribute in element.Attributes())
            {
                leaks.AddRange(InText($"{where} <{element.Name.LocalName} {attribute.Name.LocalName}>", attribute.Value));
                if (UrlAttributes.Contains(attribute.Name.LocalName) || attribute.Name.LocalName is "url" or "uri")
                {
                    if (IsScriptUrl(attribute.Value))
                    {
                        leaks.Add($"{where} <{element.Name.LocalName} {attribute.Name.LocalName}>: a script URL: {Shorten(attribute.Value)}");
                    }
                }
            }
        }

        return leaks;
    }

    /// <summary>A string a client may show as HTML: it must hold no script and, parsed, nothing that runs.</summary>
    private static List<string> InText(string where, string text)
    {
        var leaks = new List<string>();
        if (text.Contains("<script", StringComparison.OrdinalIgnoreCase))
        {
            leaks.Add($"{where}: '<script' in a string: {Shorten(text)}");
        }

        if (text.Contains('<'))
        {
            using var document = Parser.ParseDocument($"<!DOCTYPE html><html><body>{text}</body></html>");
            leaks.AddRange(InElements(where, document.All));
        }

        return leaks;
    }

    private static IEnumerable<string> InElements(string where, IEnumerable<IElement> elements)
    {
        foreach (var element in elements)
        {
            if (element.LocalName == "script")
            {
                yield return $"{where}: a script element: {Shorten(element.OuterHtml)}";
            }

            if (EmbeddingElements.Contains(element.LocalName))
            {
                yield return $"{where}: a {element.LocalName} element: {Shorten(element.OuterHtml)}";
            }

            if (element.LocalName == "meta" && element.GetAttribute("http-equiv") is { } equiv && equiv.Equals("refresh", StringComparison.OrdinalIgnoreCase))
            {
                yield return $"{where}: a refresh: {Shorten(element.OuterHtml)}";
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{where}: an {attribute.Name} attribute on <{element.LocalName}>";
                }
                else if (attribute.Name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"{where}: a srcdoc on <{element.LocalName}>";
                }
                else if (UrlAttributes.Contains(attribute.Name) && IsScriptUrl(attribute.Value))
                {
                    yield return $"{where}: {attribute.Name}=\"{Shorten(attribute.Value)}\" on <{element.LocalName}>";
                }
                else if (attribute.Name.Equals("style", StringComparison.OrdinalIgnoreCase) && UnsafeStyle().IsMatch(attribute.Value))
                {
                    yield return $"{where}: style=\"{Shorten(attribute.Value)}\" on <{element.LocalName}>";
                }
            }
        }
    }

    /// <summary>As a browser reads a URL's scheme: spaces and control characters around and inside it do not count.</summary>
    private static bool IsScriptUrl(string url)
    {
        var compact = ControlAndSpace().Replace(url, "");
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    private static string Shorten(string text) => text.Length > 160 ? text[..160] + "…" : text;

    [GeneratedRegex("<script", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptTag();

    [GeneratedRegex(@"[\u0000-\u0020]")]
    private static partial Regex ControlAndSpace();

    [GeneratedRegex(@"expression\s*\(|javascript:|vbscript:|url\s*\(", RegexOptions.IgnoreCase)]
    private static partial Regex UnsafeStyle();
}
