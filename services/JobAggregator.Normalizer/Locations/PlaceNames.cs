using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Locations;

/// <summary>Whether a location part that stands alone ("Hamburg", "Tel Aviv", "São Paulo", "Rocky Hill") reads as the
/// name of a town: a few capitalised words, joined at most by the little words of place names ("Rio de Janeiro",
/// "Frankfurt am Main", "Stratford-upon-Avon"), and none of the words location fields use for no place at all
/// ("Worldwide", "Nationwide", "Europe", "New England").</summary>
/// <remarks>A sentence ("covers the six New England states"), a code ("TBD", "EMEA") and an institution ("Wits
/// University", "Main Campus") are no town.</remarks>
internal static partial class PlaceNames
{
    private static readonly HashSet<string> NoTown = new(StringComparer.OrdinalIgnoreCase)
    {
        "Worldwide", "Global", "Globally", "International", "Anywhere", "Everywhere", "Nationwide", "Statewide",
        "Countrywide", "Various", "Multiple", "Several", "Flexible", "Onsite", "On-site", "On site", "In-person", "Offsite",
        "Field", "Field-based", "Headquarters", "Main Office", "Office", "Home", "Home-based", "Online", "Virtual", "Travel",
        "Europe", "European Union", "Asia", "Africa", "Oceania", "Americas", "North America", "South America",
        "Latin America", "Central America", "Middle East", "Scandinavia", "Caribbean",
        "New England", "Midwest", "Pacific Northwest", "Northeast", "Northwest", "Southeast", "Southwest", "Mid-Atlantic",
        "Tri-State", "Tri-State Area", "Great Lakes", "West Coast", "East Coast", "Gulf Coast", "Bay Area", "Deep South",
        "Europa", "Weltweit", "Bundesweit", "Deutschlandweit", "Mundial", "Todo el país", "Nacional", "Internacional",
        "Partout", "Toute la France", "Mondiale", "Tutta Italia", "Landelijk", "Heel Nederland", "Wereldwijd",
        "Vários", "Várias", "Diversos", "Diversas", "Varias", "Divers", "Diverse",
        "全国", "全國", "远程", "遠程", "办公", "辦公", "在宅", "不限", "海外", "各地", "本社", "总部", "總部",
    };

    public static bool IsTown(string part)
    {
        var name = part.Trim();
        if (HanName().IsMatch(name))
        {
            // Chinese and Japanese write a town in two to six Han characters, without case ("北京", "上海", "新宿区").
            return !NoTown.Contains(name);
        }

        return name.Length is > 1 and <= 40
            && name.Any(char.IsLower)
            && TitleCaseWords().IsMatch(name)
            && !NoTown.Contains(name)
            && !Institution().IsMatch(name);
    }

    /// <summary>The country a part of one country's map lies in ("Remote - New England", "remote within the Midwest"), for a
    /// text that names no country and a source in none; null when it names no such area.</summary>
    public static string? CountryOfArea(string text) => UnitedStatesArea().IsMatch(text) ? "US" : null;

    /// <summary>Whether a part names an institution or a building rather than a town ("Wits University").</summary>
    public static bool IsInstitution(string part) => Institution().IsMatch(part);

    // One to four capitalised words, with the particles of place names between them.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.]*(?:[-\s](?:(?:de|do|da|dos|das|del|della|di|du|des|la|le|les|el|al|am|an|der|den|im|in|ob|sur|sous|upon|on|en|y|i|e|op|aan|'s)[-\s])?\p{Lu}[\p{L}\p{M}'’.]*){0,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleCaseWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:New\s+England|Midwest|Pacific\s+Northwest|Mid-Atlantic|Deep\s+South)(?![\p{L}])", RegexOptions.CultureInvariant)]
    private static partial Regex UnitedStatesArea();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{2,6}$")]
    private static partial Regex HanName();

    [GeneratedRegex(@"(?<![\p{L}])(?:universit(?:y|ies|é|ät|à|eit)|universidad|universidade|college|campus|school|hospital|building|courthouse|headquarters|hq|office|offices|center|centre)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Institution();
}
