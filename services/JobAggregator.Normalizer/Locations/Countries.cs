namespace JobAggregator.Normalizer.Locations;

/// <summary>Country names and codes as location texts write them, mapped to ISO 3166-1 alpha-2.</summary>
internal static class Countries
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["United States"] = "US",
        ["United States of America"] = "US",
        ["U.S.A."] = "US",
        ["U.S.A"] = "US",
        ["U.S."] = "US",
        ["America"] = "US",
        ["Estados Unidos"] = "US",
        ["États-Unis"] = "US",
        ["Canada"] = "CA",
        ["United Kingdom"] = "GB",
        ["Great Britain"] = "GB",
        ["Britain"] = "GB",
        ["England"] = "GB",
        ["Scotland"] = "GB",
        ["Wales"] = "GB",
        ["Northern Ireland"] = "GB",
        ["Ireland"] = "IE",
        ["Republic of Ireland"] = "IE",
        ["Éire"] = "IE",
        ["Australia"] = "AU",
        ["New Zealand"] = "NZ",
        ["Aotearoa"] = "NZ",
        ["Netherlands"] = "NL",
        ["The Netherlands"] = "NL",
        ["Nederland"] = "NL",
        ["Holland"] = "NL",
        ["Italy"] = "IT",
        ["Italia"] = "IT",
        ["France"] = "FR",
        ["Argentina"] = "AR",
        ["Taiwan"] = "TW",
        ["South Africa"] = "ZA",
        ["Mexico"] = "MX",
        ["México"] = "MX",
        ["Germany"] = "DE",
        ["Deutschland"] = "DE",
        ["Spain"] = "ES",
        ["España"] = "ES",
        ["Belgium"] = "BE",
        ["Switzerland"] = "CH",
        ["Chile"] = "CL",
        ["Colombia"] = "CO",
        ["Peru"] = "PE",
        ["Perú"] = "PE",
        ["Brazil"] = "BR",
        ["Brasil"] = "BR",
        ["Portugal"] = "PT",
        ["Austria"] = "AT",
        ["Paesi Bassi"] = "NL",
        ["Pays-Bas"] = "NL",
        ["Países Bajos"] = "NL",
        ["Irlanda"] = "IE",
        ["Irlande"] = "IE",
        ["Royaume-Uni"] = "GB",
        ["Reino Unido"] = "GB",
        ["Regno Unito"] = "GB",
        ["Sudáfrica"] = "ZA",
        ["Afrique du Sud"] = "ZA",
        ["Sudafrica"] = "ZA",
        ["Nueva Zelanda"] = "NZ",
        ["Nouvelle-Zélande"] = "NZ",
        ["Taiwán"] = "TW",
        ["台灣"] = "TW",
        ["臺灣"] = "TW",
        ["Argentine"] = "AR",
        ["Italie"] = "IT",
        ["Francia"] = "FR",
        ["Frankrijk"] = "FR",
        ["Italië"] = "IT",
        ["Verenigde Staten"] = "US",
        ["Stati Uniti"] = "US",
        ["Canadá"] = "CA",
        // Named in full only: their codes "IN", "GA" are US states.
        ["India"] = "IN",
        ["Gabon"] = "GA",
    };

    // Codes that are no US state's, Canadian province's or Australian state's code, and only as written in capitals.
    private static readonly Dictionary<string, string> Codes = new(StringComparer.Ordinal)
    {
        ["US"] = "US",
        ["USA"] = "US",
        ["UK"] = "GB",
        ["GB"] = "GB",
        ["GBR"] = "GB",
        ["CAN"] = "CA",
        ["AU"] = "AU",
        ["AUS"] = "AU",
        ["NZ"] = "NZ",
        ["NZL"] = "NZ",
        ["IE"] = "IE",
        ["IRL"] = "IE",
        ["NLD"] = "NL",
        ["IT"] = "IT",
        ["ITA"] = "IT",
        ["FR"] = "FR",
        ["FRA"] = "FR",
        ["ARG"] = "AR",
        ["TW"] = "TW",
        ["TWN"] = "TW",
        ["ZA"] = "ZA",
        ["ZAF"] = "ZA",
    };

    /// <returns>The ISO 3166-1 alpha-2 code of the country a location part names, or null.</returns>
    public static string? Find(string part)
    {
        var trimmed = part.Trim();
        if (Names.TryGetValue(trimmed, out var byName))
        {
            return byName;
        }

        var code = trimmed.Replace(".", string.Empty, StringComparison.Ordinal);
        return Codes.TryGetValue(code, out var byCode) ? byCode : null;
    }

    /// <summary>A source's country hint as an alpha-2 code, or null when it is none.</summary>
    public static string? FromHint(string? hint)
    {
        var trimmed = hint?.Trim().ToUpperInvariant();
        return trimmed switch
        {
            null or "" => null,
            "UK" => "GB",
            { Length: 2 } when trimmed.All(char.IsAsciiLetterUpper) => trimmed,
            _ => Find(trimmed),
        };
    }
}
