using System.Text.RegularExpressions;
using JobAggregator.Contracts;
using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Locations;

/// <summary>Splits a location text ("Atlanta, GA", "Tallahassee, Florida", "United States of America-OHIO-Franklin
/// County", "Remote - US", "Hybrid (Atlanta, GA)") into city, region, country and remote.</summary>
/// <remarks>A city is named only beside a recognised region or country, so a sentence such as "covers the six New
/// England states" is kept as text and not taken for a city. Hybrid work is not remote.</remarks>
internal static partial class LocationParser
{
    // Lower case only: "IN" and "OR" are states.
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "or", "and", "only", "based", "within", "in", "from", "anywhere", "or remote", "or hybrid", "and remote", "office",
    };

    /// <param name="text">The location as scraped.</param>
    /// <param name="countryHint">ISO 3166-1 alpha-2 country of the source: the country when the text names none, and
    /// the first place to look up a region code that several countries use.</param>
    public static NormalizedLocation Parse(string? text, string? countryHint)
    {
        var hint = Countries.FromHint(countryHint);
        var cleaned = TextCleaner.Clean(text);
        if (cleaned is null)
        {
            return new NormalizedLocation(null, null, null, hint, false);
        }

        var remote = RemoteWords().IsMatch(cleaned) && !HybridWords().IsMatch(cleaned);
        var place = HybridWords().Replace(RemoteWords().Replace(cleaned, ","), ",");
        var parts = Split(place, hint);

        string? country = null;
        var rest = new List<string>();
        foreach (var part in parts)
        {
            if (Countries.Find(part) is { } named)
            {
                country ??= named;
            }
            else if (!CountyLike().IsMatch(part))
            {
                rest.Add(part);
            }
        }

        // The last part naming a region is the region; an earlier one is the city ("Washington, DC").
        Subdivision? region = null;
        var regionAt = 0;
        for (var i = rest.Count - 1; i >= 0 && region is null; i--)
        {
            region = Subdivisions.Find(rest[i], country ?? hint);
            if (region is not null)
            {
                rest.RemoveAt(i);
                regionAt = i;
            }
            else if (TrailingCode().Match(rest[i]) is { Success: true } trailing
                && Subdivisions.Find(trailing.Groups["code"].Value, country ?? hint) is { } coded)
            {
                // "Atlanta GA" with no comma.
                region = coded;
                rest[i] = trailing.Groups["city"].Value;
                regionAt = i + 1;
            }
        }

        // The city is the part nearest before the region ("New England, Boston, MA"), else the one after it
        // ("Georgia (Atlanta area)").
        var nearestFirst = rest.Take(regionAt).Reverse().Concat(rest.Skip(regionAt));
        var city = region is not null || country is not null
            ? nearestFirst.Select(CityName).FirstOrDefault(name => name is not null)
            : null;
        return new NormalizedLocation(cleaned, city, region?.Code, country ?? region?.Country ?? hint, remote);
    }

    private static List<string> Split(string text, string? hint)
    {
        var parts = new List<string>();
        foreach (var piece in Separators().Split(text))
        {
            var part = EdgeFillers().Replace(PostalCode().Replace(piece, string.Empty).Trim(' ', '.', '-', '–', '—', ':'), string.Empty);
            if (part.Length == 0 || Fillers.Contains(part))
            {
                continue;
            }

            // Job portals glue levels with bare hyphens ("United States of America-OHIO-Franklin County"); a city such
            // as "Winston-Salem" is only split when a piece turns out to be a country or a region.
            var hyphenated = part.Split('-', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (hyphenated.Length > 1 && hyphenated.Any(piece => Countries.Find(piece) is not null || Subdivisions.Find(piece, hint) is not null))
            {
                parts.AddRange(hyphenated);
            }
            else
            {
                parts.Add(part);
            }
        }

        return parts;
    }

    private static string? CityName(string part)
    {
        var name = CityQualifiers().Replace(part, string.Empty).Trim();
        return name.Length == 0 || Fillers.Contains(name) || name.Any(char.IsAsciiDigit) ? null : name;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:fully\s+)?(?:remote(?:ly)?|work\s+from\s+home|wfh|tele-?work(?:ing)?|telecommute|teletrabajo|t[ée]l[ée]travail|remoto|thuiswerk(?:en)?|virtual)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RemoteWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:hybrid|h[íi]brido|hybride|ibrido)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HybridWords();

    [GeneratedRegex(@"[,;|()\[\]]|\s[-–—]\s|\s[-–—]|[-–—]\s")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^(?:(?:anywhere\s+)?(?:within|in|from)|based\s+in|or|and)\s+|\s+(?:only|based|or|and|office|offices|headquarters|hq)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EdgeFillers();

    [GeneratedRegex(@"\s+\d{4,5}(?:-\d{4})?$")]
    private static partial Regex PostalCode();

    [GeneratedRegex(@"\s(?:county|parish|borough)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountyLike();

    [GeneratedRegex(@"^(?<city>\p{L}[\p{L} .'-]*?)\s+(?<code>[A-Z]{2,3})$")]
    private static partial Regex TrailingCode();

    [GeneratedRegex(@"^(?:greater|downtown)\s+|\s+(?:metro(?:politan)?\s+area|metro|area|region)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CityQualifiers();
}
