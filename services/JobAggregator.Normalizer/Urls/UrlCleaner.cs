using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Urls;

/// <summary>Links a posting can be opened at: absolute http, https or mailto addresses.</summary>
internal static partial class UrlCleaner
{
    /// <param name="url">The address as scraped, absolute or relative.</param>
    /// <param name="baseUrl">The address a relative one is resolved against.</param>
    /// <returns>An absolute address as written (only trimmed) or resolved; null when there is none, when it uses
    /// another scheme (javascript:, data:, file:) or when it is relative with nothing to resolve it against.</returns>
    public static string? Absolute(string? url, string? baseUrl)
    {
        var trimmed = url?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        // Only a link that starts with its scheme is absolute: on Unix "/jobs/1" would parse as a file: URI.
        if (Scheme().IsMatch(trimmed))
        {
            return Uri.TryCreate(trimmed, UriKind.Absolute, out var absolute) && IsAllowed(absolute) ? trimmed : null;
        }

        if (baseUrl is null
            || !Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var baseUri)
            || !IsAllowed(baseUri)
            || !Uri.TryCreate(baseUri, trimmed, out var resolved))
        {
            return null;
        }

        return IsAllowed(resolved) ? resolved.AbsoluteUri : null;
    }

    private static bool IsAllowed(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeMailto;

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
