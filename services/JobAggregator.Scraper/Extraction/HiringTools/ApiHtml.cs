using System.Net;
using AngleSharp.Dom;

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

    /// <summary>Parsed by the shared parser (<see cref="HtmlPages"/>): a parser of its own per fragment made its
    /// configuration and browsing context again each time, which cost more than the fragment's parse.</summary>
    public static IDocument Parse(string html) => HtmlPages.Parse(html, out _, CancellationToken.None);

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
