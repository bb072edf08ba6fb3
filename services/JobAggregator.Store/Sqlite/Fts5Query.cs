using JobAggregator.Store.Reading;

namespace JobAggregator.Store.Sqlite;

/// <summary>Turns what a person typed into an FTS5 query that cannot fail to parse: the text is cut into words the way
/// the unicode61 tokenizer cuts it (<see cref="TextWords"/>), each word is quoted, words are all required, and the last
/// one matches as a prefix so results follow the typing.</summary>
internal static class Fts5Query
{
    /// <returns>The query, or null when the text holds no word at all (then it filters nothing).</returns>
    public static string? Build(string? text)
    {
        var words = TextWords.Split(text);
        if (words.Count == 0)
        {
            return null;
        }

        // Words hold no quote (quotes separate words), so wrapping each in quotes is enough to make it a plain string.
        return string.Join(' ', words.Select((w, i) => i == words.Count - 1 ? $"\"{w}\"*" : $"\"{w}\""));
    }
}
