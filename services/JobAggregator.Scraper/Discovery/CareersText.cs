using System.Text;

namespace JobAggregator.Scraper.Discovery;

/// <summary>Text reduced to what matching careers words needs: lower case, accents folded, every run of characters
/// that are not letters or digits turned into one space, and a space at each end, so that a phrase matches as whole
/// words with a plain substring search ("trabajá con nosotros", "/trabaja-con-nosotros/" and "Trabaja con
/// nosotros" all read " trabaja con nosotros ").</summary>
internal static class CareersText
{
    // Invariant globalisation leaves string.Normalize without Unicode data, so accents are folded from a table; the
    // Latin letters of the languages matched here are enough.
    private static readonly Dictionary<char, string> Folds = BuildFolds();

    /// <summary>Both readings of an apostrophe: dropped, as WordPress slugs do ("we're" reads "were"), and as a space,
    /// as other slugs do ("d'emploi" reads "d emploi").</summary>
    public static (string Dropped, string Spaced) Readings(string text) => (Normalize(text, apostropheAsSpace: false), Normalize(text, apostropheAsSpace: true));

    public static string Normalize(string text, bool apostropheAsSpace)
    {
        var result = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4')
            {
                if (apostropheAsSpace)
                {
                    AppendSpace(result);
                }
            }
            else if (Folds.TryGetValue(c, out var folded))
            {
                result.Append(folded);
            }
            else if (char.IsLetterOrDigit(c))
            {
                result.Append(c);
            }
            else
            {
                AppendSpace(result);
            }
        }

        AppendSpace(result);
        return result.ToString();
    }

    /// <summary>Chinese, Japanese and Korean text puts no spaces between words, so a phrase in it is matched anywhere.</summary>
    public static bool IsCjk(string text) => text.Any(c => c >= '\u2E80');

    private static void AppendSpace(StringBuilder text)
    {
        if (text[^1] != ' ')
        {
            text.Append(' ');
        }
    }

    private static Dictionary<char, string> BuildFolds()
    {
        var folds = new Dictionary<char, string>
        {
            ['æ'] = "ae",
            ['œ'] = "oe",
            ['ß'] = "ss",
            ['ø'] = "o",
            ['ł'] = "l",
            ['đ'] = "d",
        };
        (string Accented, char Plain)[] letters =
        [
            ("àáâãäåāăą", 'a'), ("çćĉċč", 'c'), ("ď", 'd'), ("èéêëēĕėęě", 'e'), ("ĝğġģ", 'g'), ("ĥ", 'h'),
            ("ìíîïĩīĭįı", 'i'), ("ĵ", 'j'), ("ķ", 'k'), ("ĺļľŀ", 'l'), ("ñńņňŉ", 'n'), ("òóôõöōŏő", 'o'), ("ŕŗř", 'r'),
            ("śŝşšș", 's'), ("ţťț", 't'), ("ùúûüũūŭůűų", 'u'), ("ŵ", 'w'), ("ýÿŷ", 'y'), ("źżž", 'z'),
        ];
        foreach (var (accented, plain) in letters)
        {
            foreach (var letter in accented)
            {
                folds[letter] = plain.ToString();
            }
        }

        return folds;
    }
}
