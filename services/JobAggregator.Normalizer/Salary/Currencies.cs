namespace JobAggregator.Normalizer.Salary;

/// <summary>Currency symbols, words and codes as ads write them, mapped to ISO 4217.</summary>
internal static class Currencies
{
    private static readonly Dictionary<string, string> CountryCurrencies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD",
        ["CA"] = "CAD",
        ["AU"] = "AUD",
        ["NZ"] = "NZD",
        ["GB"] = "GBP",
        ["UK"] = "GBP",
        ["IE"] = "EUR",
        ["NL"] = "EUR",
        ["IT"] = "EUR",
        ["FR"] = "EUR",
        ["DE"] = "EUR",
        ["ES"] = "EUR",
        ["BE"] = "EUR",
        ["PT"] = "EUR",
        ["AT"] = "EUR",
        ["ZA"] = "ZAR",
        ["AR"] = "ARS",
        ["TW"] = "TWD",
        ["MX"] = "MXN",
        ["BR"] = "BRL",
        ["CL"] = "CLP",
        ["CO"] = "COP",
        ["PE"] = "PEN",
        ["CH"] = "CHF",
        ["JP"] = "JPY",
        ["CN"] = "CNY",
        ["PL"] = "PLN",
        ["IL"] = "ILS",
        ["HK"] = "HKD",
        ["SE"] = "SEK",
        ["DK"] = "DKK",
        ["NO"] = "NOK",
        ["CZ"] = "CZK",
        ["UY"] = "UYU",
    };

    /// <summary>The crowns a bare "kr" or "kr." is: Sweden's, Denmark's or Norway's, by the country's currency.</summary>
    private static readonly HashSet<string> Crowns = ["SEK", "DKK", "NOK"];

    private static readonly Dictionary<string, string> DollarCountries = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US"] = "USD",
        ["CA"] = "CAD",
        ["AU"] = "AUD",
        ["NZ"] = "NZD",
        ["AR"] = "ARS",
        ["TW"] = "TWD",
        ["MX"] = "MXN",
        ["CL"] = "CLP",
        ["CO"] = "COP",
        ["UY"] = "UYU",
    };

    private static readonly Dictionary<string, string> Markers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["US$"] = "USD",
        ["U.S.$"] = "USD",
        ["CA$"] = "CAD",
        ["C$"] = "CAD",
        ["CAN$"] = "CAD",
        ["AU$"] = "AUD",
        ["A$"] = "AUD",
        ["AUD$"] = "AUD",
        ["NZ$"] = "NZD",
        ["NT$"] = "TWD",
        ["NTD"] = "TWD",
        ["AR$"] = "ARS",
        // Uruguay writes its peso "$U" and the dollar "U$S" (also Argentina's way for the dollar).
        ["$U"] = "UYU",
        ["U$S"] = "USD",
        ["R$"] = "BRL",
        // The Peruvian sol, written before the amount ("S/ 4,500", "S/. 1,800").
        ["S/"] = "PEN",
        ["S/."] = "PEN",
        ["€"] = "EUR",
        ["£"] = "GBP",
        ["euro"] = "EUR",
        ["euros"] = "EUR",
        ["pounds"] = "GBP",
        ["rand"] = "ZAR",
        ["zł"] = "PLN",
        ["zl"] = "PLN",
        ["Kč"] = "CZK",
    };

    // Where the money is worth little per unit, a magnitude says nothing about the period.
    private static readonly HashSet<string> LowValueCurrencies = new(StringComparer.OrdinalIgnoreCase)
    {
        "ARS", "TWD", "ZAR", "CLP", "COP", "JPY", "INR", "MXN",
    };

    // Roughly how many units of the currency buy what one US dollar does, as a low and a high figure: wide enough for
    // the years postings span (the peso's by far the widest), so the pay bounds of SalaryPeriods stay sane in every
    // currency. Currencies not listed are taken to be worth about a dollar.
    private static readonly Dictionary<string, (decimal Low, decimal High)> PerDollar = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ARS"] = (10m, 3_000m),
        ["TWD"] = (20m, 40m),
        ["ZAR"] = (8m, 25m),
        ["CLP"] = (400m, 1_200m),
        ["COP"] = (2_000m, 5_000m),
        ["MXN"] = (10m, 25m),
        ["BRL"] = (2m, 7m),
        ["PEN"] = (2m, 5m),
        ["JPY"] = (80m, 200m),
        ["INR"] = (40m, 100m),
        ["CNY"] = (6m, 8m),
        ["PLN"] = (3m, 5m),
        ["ILS"] = (3m, 4.5m),
        ["HKD"] = (7m, 8m),
        ["SEK"] = (8m, 12m),
        ["DKK"] = (6m, 8m),
        ["NOK"] = (8m, 12m),
        ["CZK"] = (18m, 27m),
        ["UYU"] = (30m, 50m),
    };

    /// <summary>ISO 4217 codes recognised when written out in an ad.</summary>
    public static readonly HashSet<string> Codes = new(StringComparer.OrdinalIgnoreCase)
    {
        "USD", "CAD", "AUD", "NZD", "GBP", "EUR", "ZAR", "ARS", "TWD", "CHF", "MXN", "BRL", "CLP", "COP", "PEN",
        "JPY", "INR", "CNY", "PLN", "ILS", "HKD", "SEK", "DKK", "NOK", "CZK", "UYU",
    };

    /// <summary>The currency of a written marker ("$", "€", "USD", "C$", "euros"), or null when the marker names none.</summary>
    /// <param name="dollarCountry">The country that decides what a bare "$" or "dollars" means.</param>
    public static string? FromMarker(string? marker, string? dollarCountry)
    {
        if (string.IsNullOrWhiteSpace(marker))
        {
            return null;
        }

        var trimmed = marker.Trim();
        if (trimmed is "$" || trimmed.StartsWith("dollar", StringComparison.OrdinalIgnoreCase))
        {
            // Nine currencies write "$": the country says which. With no country at all (a page previewed alone, an ad
            // with no place) it is the US dollar, as on most pages that write it; in a country of another currency, none.
            return dollarCountry is null ? "USD" : DollarCountries.GetValueOrDefault(dollarCountry);
        }

        if (trimmed.TrimEnd('.').Equals("kr", StringComparison.OrdinalIgnoreCase))
        {
            // Three crowns write "kr": the country says which.
            return OfCountry(dollarCountry) is { } crown && Crowns.Contains(crown) ? crown : null;
        }

        if (Markers.TryGetValue(trimmed, out var known))
        {
            return known;
        }

        return Codes.Contains(trimmed) ? trimmed.ToUpperInvariant() : null;
    }

    /// <summary>The currency a country pays in, for amounts written with no currency at all.</summary>
    public static string? OfCountry(string? country) =>
        country is not null && CountryCurrencies.TryGetValue(country.Trim(), out var currency) ? currency : null;

    public static bool IsLowValue(string? currency) => currency is not null && LowValueCurrencies.Contains(currency);

    /// <summary>Units of the currency per US dollar, as a range wide enough to hold any rate of recent years.</summary>
    public static (decimal Low, decimal High) UnitsPerDollar(string? currency) =>
        currency is not null && PerDollar.TryGetValue(currency, out var range) ? range : (0.5m, 2m);

    /// <summary>A structured currency as a page stated it: an ISO code, or a symbol to map.</summary>
    public static string? Normalise(string? currency, string? country)
    {
        var trimmed = currency?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length == 3 && trimmed.All(char.IsAsciiLetter)
            ? trimmed.ToUpperInvariant()
            : FromMarker(trimmed, country);
    }
}
