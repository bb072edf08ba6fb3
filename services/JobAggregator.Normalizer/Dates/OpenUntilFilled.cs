using System.Text.RegularExpressions;
using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Dates;

/// <summary>Recognises a posting that stays open until filled or takes applications on a rolling basis: a flag, never a
/// date.</summary>
internal static partial class OpenUntilFilled
{
    // Descriptions can be long; the phrase sits near the start or among the "how to apply" lines near the end.
    private const int DescriptionReach = 4_000;

    /// <summary>Whether a closing date text says so: a bare "Rolling" or "Ongoing" counts here.</summary>
    public static bool InValidThrough(string? text) =>
        TextCleaner.Clean(text) is { } cleaned && (Phrases().IsMatch(cleaned) || BareWords().IsMatch(cleaned));

    /// <summary>Whether a description says so, in a whole phrase ("applications are reviewed on a rolling basis"): a
    /// "rolling" or "ongoing" on its own means something else in running text.</summary>
    public static bool InDescription(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (text.Length <= 2 * DescriptionReach)
        {
            return Phrases().IsMatch(text);
        }

        return Phrases().IsMatch(text.AsSpan(0, DescriptionReach)) || Phrases().IsMatch(text.AsSpan(text.Length - DescriptionReach));
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:(?:open\s+)?until\s+(?:the\s+)?(?:position\s+(?:is\s+)?|role\s+(?:is\s+)?|job\s+(?:is\s+)?)?filled|open\s+until\s+(?:a\s+)?(?:suitable\s+)?candidate\s+is\s+(?:found|selected|hired)|(?:on\s+a\s+)?rolling\s+(?:basis|admissions?|applications?|deadline|review)|reviewed\s+on\s+a\s+rolling|accepted\s+on\s+an?\s+(?:rolling|ongoing)\s+basis|on\s+an\s+ongoing\s+basis|no\s+(?:closing\s+date|application\s+deadline|deadline)|hasta\s+(?:cubrir|que\s+se\s+cubra|ocupar)|(?:de\s+)?forma\s+continua|convocatoria\s+abierta\s+(?:permanentemente|hasta)|jusqu['’]?\s*[àa]\s+(?:ce\s+que\s+le\s+poste\s+soit\s+pourvu|pourvoir\s+le\s+poste|pourvoi)|au\s+fil\s+de\s+l['’]eau|fino\s+a[dl]?\s+(?:copertura|coprire|esaurimento)|(?:tot|totdat)\s+de\s+vacature\s+(?:is\s+)?(?:vervuld|ingevuld)|tot\s+vervulling|bis\s+zur\s+(?:Besetzung|Stellenbesetzung))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phrases();

    [GeneratedRegex(@"^\W*(?:applications?\s+)?(?:rolling|ongoing|open|continuous|abierta|continua|en\s+continu|permanente|doorlopend|continu|laufend|fortlaufend)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareWords();
}
