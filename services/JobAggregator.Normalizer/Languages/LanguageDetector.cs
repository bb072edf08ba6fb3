using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Languages;

/// <summary>Tells the language of a posting (ISO 639-1) by the common small words of its title and description:
/// English, Spanish, French, Italian, Dutch, German, Portuguese, and Chinese by its script.</summary>
/// <remarks>A word several languages share ("de", "la", "en") counts for each of them only in part. Text too short
/// to tell, or too close between two languages, takes the source's language, or none.</remarks>
internal static partial class LanguageDetector
{
    private const int Reach = 5_000;
    private const int FewestWords = 12;
    private const double FewestHits = 3;
    private const double Margin = 1.5;
    private const int FewestHanCharacters = 8;

    private static readonly (string Language, string[] Words)[] StopWords =
    [
        ("en", ["the", "and", "of", "to", "is", "for", "with", "will", "you", "our", "are", "this", "be", "we", "as", "on", "an", "or", "by", "have", "your", "from", "that", "who", "at", "in"]),
        ("es", ["el", "la", "los", "las", "de", "del", "y", "en", "que", "es", "por", "para", "con", "una", "un", "se", "su", "sus", "al", "como", "más", "trabajo", "será", "puesto"]),
        ("fr", ["le", "la", "les", "des", "de", "du", "et", "en", "est", "pour", "une", "un", "dans", "que", "qui", "sur", "avec", "vous", "nous", "au", "aux", "sont", "être", "poste"]),
        ("it", ["il", "la", "lo", "gli", "le", "di", "del", "della", "e", "è", "per", "con", "una", "un", "che", "sono", "nel", "nella", "dei", "delle", "alla", "si", "ai", "al"]),
        ("nl", ["de", "het", "een", "en", "van", "is", "voor", "met", "op", "te", "dat", "die", "zijn", "wij", "je", "jij", "bij", "naar", "ook", "om", "niet", "wordt", "onze", "ons"]),
        ("de", ["der", "die", "das", "und", "ist", "für", "mit", "ein", "eine", "zu", "von", "den", "dem", "wir", "sie", "auf", "im", "nicht", "auch", "werden", "oder", "bei", "sind"]),
        ("pt", ["o", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "para", "com", "uma", "um", "que", "não", "são", "no", "na", "é", "pela", "pelo", "será", "vaga"]),
    ];

    // Each word's weight per language: a word in n of the lists counts 1/n for each.
    private static readonly FrozenDictionary<string, (string Language, double Weight)[]> Weights = BuildWeights();

    /// <summary>Looked up by each word's lower-cased span: a posting has hundreds of words, and a string made (twice) for
    /// each was a good part of what the detection allocated.</summary>
    private static readonly FrozenDictionary<string, (string Language, double Weight)[]>.AlternateLookup<ReadOnlySpan<char>> WeightsBySpan =
        Weights.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>No longer word can be a small word of any list, whatever its case.</summary>
    private static readonly int LongestWord = StopWords.SelectMany(list => list.Words).Max(word => word.Length);

    /// <param name="title">The posting's title.</param>
    /// <param name="descriptionText">The description as plain text.</param>
    /// <param name="sourceLanguage">The language the source states, for text too short or too mixed to tell.</param>
    /// <returns>An ISO 639-1 code, or null.</returns>
    public static string? Detect(string? title, string? descriptionText, string? sourceLanguage)
    {
        var text = $"{title} {descriptionText}";
        if (text.Length > Reach)
        {
            text = text[..Reach];
        }

        if (Han().Count(text) >= FewestHanCharacters)
        {
            return "zh";
        }

        var scores = new Dictionary<string, double>(StringComparer.Ordinal);
        var words = 0;
        Span<char> lowered = stackalloc char[LongestWord];
        foreach (var match in Word().EnumerateMatches(text))
        {
            words++;
            if (match.Length > LongestWord)
            {
                continue;
            }

            var word = lowered[..text.AsSpan(match.Index, match.Length).ToLowerInvariant(lowered)];
            if (WeightsBySpan.TryGetValue(word, out var languages))
            {
                foreach (var (language, weight) in languages)
                {
                    scores[language] = scores.GetValueOrDefault(language) + weight;
                }
            }
        }

        var ranked = scores.OrderByDescending(score => score.Value).ThenBy(score => score.Key, StringComparer.Ordinal).ToList();
        if (words < FewestWords || ranked.Count == 0 || ranked[0].Value < FewestHits
            || (ranked.Count > 1 && ranked[0].Value < Margin * ranked[1].Value))
        {
            return string.IsNullOrWhiteSpace(sourceLanguage) ? null : sourceLanguage.Trim().ToLowerInvariant();
        }

        return ranked[0].Key;
    }

    private static FrozenDictionary<string, (string Language, double Weight)[]> BuildWeights()
    {
        var byWord = StopWords
            .SelectMany(list => list.Words.Select(word => (Word: word, list.Language)))
            .GroupBy(pair => pair.Word, StringComparer.Ordinal);
        return byWord.ToFrozenDictionary(
            group => group.Key,
            group => group.Select(pair => (pair.Language, 1.0 / group.Count())).ToArray(),
            StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();
}
