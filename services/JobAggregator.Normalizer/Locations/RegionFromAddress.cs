using JobAggregator.Contracts;

namespace JobAggregator.Normalizer.Locations;

/// <summary>A town named without its region ("Sherbrooke", "Magog") in a posting whose page states the organisation's
/// own address with one ("270, rue Marquette, Sherbrooke (Québec) J1H 1M1", "1200 Main St, Springfield, IL 62701"): a
/// small organisation's openings are near its office, so the town is taken to be in the address's region. Only for a
/// place in the country the region belongs to, and never over a region the posting states.</summary>
internal static class RegionFromAddress
{
    private const int MostRegionWords = 3;

    private static readonly char[] PartSeparators = [',', '(', ')', ';'];

    public static NormalizedLocation Complete(NormalizedLocation location, string? country, string? address)
    {
        if (location is not { City: not null, Region: null } || country is null || string.IsNullOrWhiteSpace(address))
        {
            return location;
        }

        // The region follows the town ("Washington, DC 20005"): the parts are read from the last.
        foreach (var part in address.Split(PartSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            // "IL 62701", "Québec J1H 1M1": the region's name or code before the postal code, or its code after the town
            // ("Geelong VIC 3220").
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeWhile(word => !word.Any(char.IsDigit)).ToList();
            if (words.Count == 0)
            {
                continue;
            }

            if ((RegionOf(words, country) ?? (words.Count > 1 ? RegionOf([words[^1]], country) : null)) is { } region)
            {
                return location with { Region = region.Code };
            }
        }

        return location;
    }

    private static Subdivision? RegionOf(List<string> words, string country) =>
        words.Count <= MostRegionWords && char.IsUpper(words[0][0]) && Subdivisions.Find(string.Join(' ', words), country) is { } region && region.Country == country
            ? region
            : null;
}
