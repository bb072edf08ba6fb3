using System.Globalization;
using System.Text;

namespace JobAggregator.Store.Sqlite;

/// <summary>Turns what a person typed into an FTS5 query that cannot fail to parse: the text is cut into words the way
/// the unicode61 tokenizer cuts it (letters, marks and digits; everything else separates), each word is quoted, words
/// are all required, and the last one matches as a prefix so results follow the typing.</summary>
internal static class Fts5Query
{
    /// <returns>The query, or null when the text holds no word at all (then it filters nothing).</returns>
    public static string? Build(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWordRune(rune))
            {
                word.Append(rune.ToString());
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            words.Add(word.ToString());
        }

        if (words.Count == 0)
        {
            return null;
        }

        // Words hold no quote (quotes separate words), so wrapping each in quotes is enough to make it a plain string.
        return string.Join(' ', words.Select((w, i) => i == words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));
    }

    private static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        UnicodeCategory.PrivateUse => true,
        _ => false,
    };
}
