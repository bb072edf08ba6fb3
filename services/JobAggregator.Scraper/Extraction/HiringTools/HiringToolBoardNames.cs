namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Who a hiring-tool board belongs to, as far as its address tells: the board's token (Greenhouse's board
/// token, Lever's company slug, Ashby's organisation...) made readable.</summary>
public static class HiringToolBoardNames
{
    /// <summary>Words organisations of the network are named with, for splitting run-together tokens
    /// ("exonerationproject"); the caller adds the words of the organisations it knows.</summary>
    private static readonly string[] CommonWords =
    [
        "innocence", "project", "exoneration", "exonerations", "justice", "wrongful", "conviction", "convictions",
        "center", "centre", "clinic", "law", "legal", "network", "initiative", "defender", "defenders", "public", "office",
        "foundation", "institute", "coalition", "alliance", "association", "society", "services", "rights", "human",
        "civil", "criminal", "appeals", "university", "school", "college", "state", "great", "north", "south", "east",
        "west", "mid", "atlantic", "pacific", "new", "the", "of", "and", "for",
    ];

    private static readonly HashSet<string> MinorWords = new(StringComparer.Ordinal) { "of", "and", "the", "for", "de", "du", "la", "del" };

    /// <summary>The token of the board <paramref name="url"/> is on, or null when no known hiring tool's address.</summary>
    public static string? Token(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return HiringToolCatalog.All.Select(tool => tool.Recognize(url)).FirstOrDefault(board => board is not null)?.Token;
    }

    /// <summary>"innocence-project-of-florida" as "Innocence Project of Florida", "InnocenceProjectOfTexas" as "Innocence
    /// Project of Texas", "exonerationproject" as "Exoneration Project" (split with <see cref="CommonWords"/> and
    /// <paramref name="knownWords"/>), a short word that is no known word as an acronym ("gnip" as "GNIP").</summary>
    public static string Readable(string token, IEnumerable<string> knownWords)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        var vocabulary = CommonWords.Concat(knownWords.Select(w => w.ToLowerInvariant())).Where(w => w.Length > 0 && w.All(char.IsLetter)).ToHashSet(StringComparer.Ordinal);
        var words = Parts(token).SelectMany(part => Split(part.ToLowerInvariant(), vocabulary) ?? [part.ToLowerInvariant()]).ToList();
        if (words is [var only] && only.Length <= 4 && !vocabulary.Contains(only))
        {
            return only.ToUpperInvariant();
        }

        return string.Join(' ', words.Select((word, i) => i > 0 && MinorWords.Contains(word) ? word : char.ToUpperInvariant(word[0]) + word[1..]));
    }

    /// <summary>The token cut at separators and at lower-to-upper case changes.</summary>
    private static IEnumerable<string> Parts(string token)
    {
        var start = 0;
        for (var i = 0; i <= token.Length; i++)
        {
            var boundary = i == token.Length
                || token[i] is '-' or '_' or '.' or ' ' or '+'
                || (i > start && char.IsUpper(token[i]) && char.IsLower(token[i - 1]));
            if (!boundary)
            {
                continue;
            }

            if (i > start)
            {
                yield return token[start..i];
            }

            start = i < token.Length && char.IsUpper(token[i]) ? i : i + 1;
        }
    }

    /// <summary>The fewest vocabulary words that spell <paramref name="text"/> exactly, or null when it cannot be spelled.</summary>
    private static List<string>? Split(string text, HashSet<string> vocabulary)
    {
        var best = new List<string>?[text.Length + 1];
        best[0] = [];
        for (var end = 1; end <= text.Length; end++)
        {
            for (var start = 0; start < end; start++)
            {
                if (best[start] is { } before && vocabulary.Contains(text[start..end]) && (best[end] is null || best[end]!.Count > before.Count + 1))
                {
                    best[end] = [.. before, text[start..end]];
                }
            }
        }

        return best[text.Length];
    }
}
