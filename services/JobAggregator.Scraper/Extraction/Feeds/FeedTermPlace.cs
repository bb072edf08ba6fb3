using System.Text.RegularExpressions;
using JobAggregator.Normalizer.Locations;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>A feed item's category or tag that names its town, as blogs and job plugins tag posts by place: a town the
/// gazetteer knows ("Utrecht", "Leeds"), or a capitalised name with a region's two-letter code after it ("Contagem/MG",
/// "Austin, TX", "Recife (PE)"). Other terms ("Vacatures", "CLT", "Direito Penal") name no place.</summary>
internal static partial class FeedTermPlace
{
    public static bool Names(string term) => TownAndRegionCode().IsMatch(term) || Gazetteer.Find(term, null) is not null;

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,3}\s*(?:/\s*|,\s*|\()\p{Lu}{2}\)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TownAndRegionCode();
}
