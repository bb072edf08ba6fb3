namespace JobAggregator.Scraper.Discovery;

/// <summary>Which links belong to an organisation's site.</summary>
internal static class SiteScope
{
    // Second-level labels under which country domains register names (example.org.uk, example.com.au, uni.ac.za):
    // enough of the public suffix list for the sites the network's members use, without shipping the list.
    private static readonly HashSet<string> SecondLevels = new(StringComparer.Ordinal) { "ac", "co", "com", "edu", "gob", "gov", "gv", "net", "or", "org" };

    /// <summary>The same registered domain: www.example.org, example.org and jobs.example.org are one site, as are a
    /// university's departments (law.example.edu, careers.example.edu).</summary>
    public static bool IsSameSite(Uri link, Uri site) =>
        string.Equals(RegisteredDomain(link.Host), RegisteredDomain(site.Host), StringComparison.OrdinalIgnoreCase);

    /// <summary>The link is on the website's own host, under its path: the organisation's pages within a larger site,
    /// such as a clinic's pages within its university's.</summary>
    public static bool IsUnder(Uri link, Uri website)
    {
        var path = website.AbsolutePath;
        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        var directory = lastSegment.Contains('.', StringComparison.Ordinal) ? path[..^lastSegment.Length] : path.TrimEnd('/') + "/";
        return directory.Length > 1
            && string.Equals(WithoutWww(link.Host), WithoutWww(website.Host), StringComparison.OrdinalIgnoreCase)
            && link.AbsolutePath.StartsWith(directory, StringComparison.OrdinalIgnoreCase);
    }

    public static string RegisteredDomain(string host)
    {
        var name = host.ToLowerInvariant().TrimEnd('.');
        if (Uri.CheckHostName(name) is UriHostNameType.IPv4 or UriHostNameType.IPv6)
        {
            return name;
        }

        var labels = name.Split('.');
        if (labels.Length <= 2)
        {
            return name;
        }

        var keep = labels[^1].Length == 2 && SecondLevels.Contains(labels[^2]) ? 3 : 2;
        return string.Join('.', labels[^keep..]);
    }

    private static string WithoutWww(string host) => host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
}
