using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>HTML the APIs return inside JSON or XML.</summary>
internal static class ApiHtml
{
    /// <summary>Markup an API entity-escaped (<c>&amp;lt;p&amp;gt;</c>: Greenhouse with <c>content=true</c>) decoded once,
    /// so it is markup again; markup that is already markup is left alone, so nothing is decoded twice.</summary>
    public static string? DecodedOnce(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        return html.Contains('<', StringComparison.Ordinal) ? html.Trim() : WebUtility.HtmlDecode(html).Trim();
    }

    // A parser makes its own browsing context when built, which costs more than parsing a short ad; one per thread,
    // as a parser is not documented as safe to share between threads.
    [ThreadStatic]
    private static HtmlParser? t_parser;

    public static IHtmlDocument Parse(string html) => (t_parser ??= new HtmlParser()).ParseDocument(NestingLimit.Apply(html));

    /// <summary>Sections joined into one description, each under its heading when it has one.</summary>
    public static string? Sections(IEnumerable<(string? Heading, string? Html)> sections)
    {
        var parts = sections
            .Where(s => !string.IsNullOrWhiteSpace(s.Html))
            .Select(s => string.IsNullOrWhiteSpace(s.Heading) ? s.Html!.Trim() : $"<h3>{WebUtility.HtmlEncode(s.Heading.Trim())}</h3>{s.Html!.Trim()}")
            .ToList();
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }
}
