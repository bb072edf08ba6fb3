using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A badge marking an ad as new, urgent or featured ("Nouveau" in WPJobBoard's bulb, "New!", "Neu", "Nuevo",
/// "Nieuw", "Urgente", "Featured"): capitalised as a town is, but it says nothing of the opening's place or kind.</summary>
internal static partial class FreshnessBadges
{
    public static bool Is(string text) => text.Length <= 20 && Badge().IsMatch(text);

    [GeneratedRegex(@"^(?:new|featured|urgent|hot|nouveau|nouvelle|nouveauté|à la une|neu|dringend|nuevo|nueva|destacad[oa]|nuovo|nuova|in evidenza|nieuw|uitgelicht|novo|nova|destaque|urgente|nowa|nowe|pilne)\s*!?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Badge();
}
