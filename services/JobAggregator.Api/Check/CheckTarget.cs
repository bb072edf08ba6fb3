using JobAggregator.Sources;

namespace JobAggregator.Api.Check;

/// <summary>Which addresses the public check may read: http or https pages on the host of a configured source (its
/// listing page or its website). The check is no open proxy: anything else is refused with a sentence saying why. An
/// address in a private network (written as one, or a name that resolves to one) is refused while the page is read,
/// by the fetcher's address policy, whatever the source may do.</summary>
internal static class CheckTarget
{
    /// <returns>The page to read, or why it is refused.</returns>
    public static (Uri? Url, string? Refusal) Parse(string? text, SourceCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        const string FullAddress = "Give the full address of your careers page, starting with https:// (for example https://example.org/careers).";
        if (string.IsNullOrWhiteSpace(text) || !Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url))
        {
            return (null, FullAddress);
        }

        if (url.Scheme is not ("http" or "https"))
        {
            return (null, $"Only web pages (http or https addresses) can be checked, not {url.Scheme}: addresses.");
        }

        if (url.Host.Length == 0)
        {
            return (null, FullAddress);
        }

        if (!catalog.All.Any(source => SameHost(source.Url, url) || (source.Website is { } website && SameHost(website, url))))
        {
            return (null, $"Only pages of the network's member organisations can be checked, and {url.Host} is not one of their sites. If it should be, ask the network to add it.");
        }

        if (!string.IsNullOrEmpty(url.UserInfo))
        {
            return (null, "Give the address without a user name or password.");
        }

        return (url, null);
    }

    private static bool SameHost(Uri a, Uri b) => string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) && a.Port == b.Port;
}
