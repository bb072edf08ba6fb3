namespace JobAggregator.Normalizer.Locations;

/// <summary>The region code the normaliser gives a place, for a region written any way it reads: its name ("Jalisco",
/// "California", "Noord-Holland"), another name ("CDMX", "Lombardy") or its code ("JAL", "CA"); a region whose code is
/// only digits is given by name ("Lombardy" is "Lombardia", "Wien" stays "Wien").</summary>
public static class RegionCodes
{
    /// <summary>The ISO 3166-2 code, without the country (the name where that code is only digits), of the state, province
    /// or region <paramref name="region"/> names in <paramref name="country"/> (ISO 3166-1 alpha-2; null looks in every country, the US, Canada and
    /// Australia first); null when the normaliser's tables do not know it.</summary>
    public static string? Of(string region, string? country)
    {
        ArgumentNullException.ThrowIfNull(region);
        var found = Subdivisions.Find(region, country);
        return found is not null && (country is null || string.Equals(found.Country, country, StringComparison.OrdinalIgnoreCase))
            ? found.Shown
            : null;
    }
}
