namespace JobAggregator.Scraper.Extraction;

/// <summary>The country a page's site is in, as far as its address and its declared language tell: a hint for places,
/// currencies and numeric dates when no source states one (a page previewed with no configured source). A country
/// code top-level domain says it ("www.example.fr", "example.org.ar"), except on a hiring tool's host (its boards serve
/// organisations of every country) and those sold for other uses (".io", ".co", ".tv"), and ".gov", which only the
/// United States' federal, state and local governments are given ("portal.ct.gov"); else a region in the page's
/// language tag ("pt-BR"), "en-US" aside, which site builders write by default; else a language spoken mostly in one
/// country ("pl", "ja").</summary>
public static class SiteCountry
{
    private static readonly HashSet<string> CountryDomains = new(StringComparer.OrdinalIgnoreCase)
    {
        "ar", "at", "au", "be", "bo", "br", "ca", "ch", "cl", "cn", "cr", "cz", "de", "dk", "ec", "es", "fi", "fr", "gr", "gt",
        "hk", "hn", "hr", "hu", "ie", "il", "in", "it", "jp", "kr", "lu", "mx", "ng", "ni", "nl", "no", "nz", "pa", "pe", "ph",
        "pl", "pr", "pt", "py", "ro", "se", "sg", "si", "sk", "sv", "tw", "uk", "uy", "ve", "za",
    };

    /// <summary>Country domains mostly sold for other uses: a country only under a second-level domain of the country's
    /// own ("example.com.co", "example.org.co").</summary>
    private static readonly HashSet<string> CountryDomainsOnlyUnderSecondLevel = new(StringComparer.OrdinalIgnoreCase) { "co" };

    private static readonly HashSet<string> SecondLevelDomains = new(StringComparer.OrdinalIgnoreCase) { "com", "org", "gov", "edu", "net" };

    /// <summary>Generic top-level domains given to one country's bodies alone.</summary>
    private static readonly Dictionary<string, string> OneCountryDomains = new(StringComparer.OrdinalIgnoreCase) { ["gov"] = "US" };

    private static readonly Dictionary<string, string> OneCountryLanguages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["pl"] = "PL",
        ["ja"] = "JP",
        ["cs"] = "CZ",
        ["da"] = "DK",
        ["sv"] = "SE",
        ["it"] = "IT",
        ["hu"] = "HU",
        ["el"] = "GR",
        ["fi"] = "FI",
        ["ko"] = "KR",
        ["he"] = "IL",
        ["nb"] = "NO",
        ["no"] = "NO",
        ["ro"] = "RO",
        ["hr"] = "HR",
        ["sk"] = "SK",
        ["sl"] = "SI",
    };

    /// <returns>An ISO 3166-1 alpha-2 code, or null.</returns>
    /// <param name="page">The page's address.</param>
    /// <param name="languageTag">The page's <c>lang</c>, if it has one.</param>
    public static string? Of(Uri page, string? languageTag) => OfHost(page) ?? OfLanguage(languageTag);

    private static string? OfHost(Uri page)
    {
        if (!page.IsAbsoluteUri || page.HostNameType != UriHostNameType.Dns || Discovery.HiringToolHosts.Tool(page.Host) is not null)
        {
            return null;
        }

        var labels = page.Host.TrimEnd('.').Split('.');
        var last = labels[^1];
        if (CountryDomains.Contains(last)
            || (CountryDomainsOnlyUnderSecondLevel.Contains(last) && labels.Length >= 3 && SecondLevelDomains.Contains(labels[^2])))
        {
            return last.Equals("uk", StringComparison.OrdinalIgnoreCase) ? "GB" : last.ToUpperInvariant();
        }

        return OneCountryDomains.GetValueOrDefault(last);
    }

    private static string? OfLanguage(string? languageTag)
    {
        if (string.IsNullOrWhiteSpace(languageTag))
        {
            return null;
        }

        var parts = languageTag.Trim().Split('-', '_');
        var region = parts.Skip(1).FirstOrDefault(part => part.Length == 2 && part.All(char.IsAsciiLetter));
        if (region is not null)
        {
            return parts[0].Equals("en", StringComparison.OrdinalIgnoreCase) && region.Equals("US", StringComparison.OrdinalIgnoreCase)
                ? null
                : region.ToUpperInvariant();
        }

        return OneCountryLanguages.GetValueOrDefault(parts[0]);
    }
}
