using System.Security.Cryptography;
using System.Text;

namespace JobAggregator.Scraper.Scraping;

/// <summary>The stable key of a posting: the source and its canonical URL, or the source, title and organisation
/// when the posting has no URL of its own.</summary>
public static class PostingKeys
{
    /// <param name="keepFragment">Keep the URL's fragment: for pages that list several openings as anchors of one
    /// page (<c>/jobs/#paralegal</c>, <c>/jobs/#investigator</c>).</param>
    public static string For(string sourceId, Uri? url, string title, string? organization, bool keepFragment = false)
    {
        var identity = url is not null
            ? $"{sourceId}\nurl\n{Canonical(url)}{(keepFragment ? url.Fragment : "")}"
            : $"{sourceId}\ntitle\n{Fold(title)}\n{Fold(organization ?? "")}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(identity));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Scheme and host lower-cased, no fragment, no tracking parameters, no trailing slash.</summary>
    public static string Canonical(Uri url)
    {
        var query = string.Join('&', url.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)));
        var path = url.AbsolutePath.Length > 1 ? url.AbsolutePath.TrimEnd('/') : url.AbsolutePath;
        var port = url.IsDefaultPort ? "" : $":{url.Port}";
        return $"{url.Scheme}://{url.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    private static string Fold(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
