using Ganss.Xss;

namespace JobAggregator.Api.Feeds;

/// <summary>What of a posting's HTML and links may go into a feed. The normalizer cleaned the description before it was
/// stored; a feed is read by other programs, so it is cleaned again here rather than trusted.</summary>
internal static class FeedDescription
{
    // The default configuration drops script and style, every on* attribute and links of any scheme but http(s).
    private static readonly HtmlSanitizer Sanitizer = new();

    public static string? Sanitize(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var clean = Sanitizer.Sanitize(html).Trim();
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>The address when it is an absolute http(s) one, else null (a <c>javascript:</c> link never passes).</summary>
    public static string? WebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.AbsoluteUri
            : null;
}
