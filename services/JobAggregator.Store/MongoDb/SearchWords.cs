using System.Text;
using JobAggregator.Store.Reading;
using JobAggregator.Text;

namespace JobAggregator.Store.MongoDb;

/// <summary>The words MongoDB searches: a posting keeps the distinct folded words of its title, organisation name,
/// location and description in <c>searchWords</c>; a query's words are folded the same way. Folding is lower case
/// without Latin diacritics, as SQLite's FTS5 tokenizer (unicode61, remove_diacritics 2) folds them.</summary>
internal static class SearchWords
{
    /// <summary>The distinct folded words of every text, in first-seen order.</summary>
    public static string[] Of(params string?[] texts)
    {
        ArgumentNullException.ThrowIfNull(texts);

        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var word in FoldedWords(text))
            {
                if (seen.Add(word))
                {
                    words.Add(word);
                }
            }
        }

        return [.. words];
    }

    /// <summary>The folded words of what a person typed, in order; empty when it holds no word.</summary>
    public static List<string> Query(string? text) => FoldedWords(text).ToList();

    public static string Fold(string word)
    {
        ArgumentNullException.ThrowIfNull(word);

        var folded = new StringBuilder(word.Length);
        foreach (var rune in word.EnumerateRunes())
        {
            if (rune.IsBmp && LatinLetterFolding.IsCombiningMark((char)rune.Value))
            {
                continue;
            }

            if (rune.IsBmp && LatinLetterFolding.PlainLetter((char)rune.Value) is { } plain)
            {
                folded.Append(plain);
                continue;
            }

            var lower = Rune.ToLowerInvariant(rune);
            folded.Append(lower.IsBmp ? SecondFormFolded((char)lower.Value) : lower.ToString());
        }

        return folded.ToString();
    }

    /// <summary>Lower-case letters with a second form (Greek final sigma, the symbol variants, micro) that Unicode case
    /// folding, and so FTS5, reads as the first.</summary>
    private static char SecondFormFolded(char c) => c switch
    {
        '\u00B5' => '\u03BC',
        '\u03C2' => '\u03C3',
        '\u03D0' => '\u03B2',
        '\u03D1' => '\u03B8',
        '\u03D5' => '\u03C6',
        '\u03D6' => '\u03C0',
        '\u03F0' => '\u03BA',
        '\u03F1' => '\u03C1',
        '\u03F5' => '\u03B5',
        '\u1FBE' => '\u03B9',
        _ => c,
    };

    private static IEnumerable<string> FoldedWords(string? text) =>
        TextWords.Split(text).Select(Fold).Where(word => word.Length > 0);
}
