namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Reading board tokens out of hiring-tool URLs.</summary>
internal static class BoardUrls
{
    /// <summary>Subdomains the tools use for themselves, never a customer's board.</summary>
    private static readonly HashSet<string> Reserved = new(StringComparer.OrdinalIgnoreCase)
    {
        "www", "app", "api", "apply", "help", "support", "status", "blog", "static", "cdn", "assets", "resources", "marketplace",
        "partners", "docs", "developers", "developer", "media", "mail", "login", "auth", "go", "info", "community", "academy",
        "images", "img", "js", "css", "widget", "widgets", "embed", "boards", "jobs", "careers", "career", "my", "secure", "files",
    };

    public static bool IsReserved(string label) => Reserved.Contains(label);

    public static bool IsHost(Uri url, params string[] hosts) =>
        hosts.Any(h => string.Equals(url.Host, h, StringComparison.OrdinalIgnoreCase));

    /// <summary>The customer's label in <c>TOKEN.suffix</c> (one label, not one the tool keeps for itself), else null.</summary>
    public static string? Subdomain(Uri url, string suffix)
    {
        var host = url.Host;
        if (!host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var label = host[..^(suffix.Length + 1)];
        return label.Length == 0 || label.Contains('.', StringComparison.Ordinal) || Reserved.Contains(label) ? null : label;
    }

    /// <summary>The path's segments, unescaped, without empty ones.</summary>
    public static string[] Segments(Uri url) =>
        url.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();

    /// <summary>The first path segment when it can be a board token (not a path the tool keeps for itself).</summary>
    public static string? FirstSegment(Uri url, params string[] reserved)
    {
        var segments = Segments(url);
        return segments.Length > 0 && IsToken(segments[0]) && !reserved.Contains(segments[0], StringComparer.OrdinalIgnoreCase)
            ? segments[0]
            : null;
    }

    /// <summary>The token right after a fixed leading path (<c>open/v3/career-page/TOKEN/jobs</c>), else null.</summary>
    public static string? SegmentAfter(Uri url, IReadOnlyList<string> path)
    {
        var segments = Segments(url);
        return segments.Length > path.Count && segments.Take(path.Count).SequenceEqual(path, StringComparer.OrdinalIgnoreCase)
            && IsToken(segments[path.Count])
                ? segments[path.Count]
                : null;
    }

    /// <summary>The value of a query parameter, unescaped.</summary>
    public static string? Query(Uri url, string name)
    {
        foreach (var pair in url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? pair : pair[..eq];
            if (string.Equals(Uri.UnescapeDataString(key), name, StringComparison.OrdinalIgnoreCase))
            {
                var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
                return value.Length == 0 ? null : value;
            }
        }

        return null;
    }

    public static bool IsToken(string? text) =>
        !string.IsNullOrEmpty(text) && text.Length <= 100 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    public static Uri Origin(Uri url) => new(url.GetLeftPart(UriPartial.Authority) + "/");

    /// <summary>The URL's origin over https, as the tools serve their boards (a link written with http is upgraded); a URL
    /// naming a port of its own keeps its scheme and port, as written.</summary>
    public static Uri HttpsOrigin(Uri url) => url.IsDefaultPort ? new Uri($"https://{url.Host}/") : Origin(url);
}
