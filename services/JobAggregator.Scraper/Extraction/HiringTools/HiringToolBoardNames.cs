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
        "west", "mid", "atlantic", "pacific", "new", "the", "of", "and", "for", "consulting", "consultants", "group", "partners",
        "associates", "solutions", "advocates", "advocacy", "counsel", "defense", "defence", "aid", "council", "fund", "trust",
        "league", "union", "community", "national", "international", "global", "american", "health", "care", "labs", "media",
        "capital", "advisors", "company", "firm", "studio", "works", "systems", "research", "education", "policy", "reform",
        "freedom", "equal", "equity", "fair", "voice", "hope", "life", "lives", "youth", "family", "families", "women", "children",
    ];

    /// <summary>The shortest name <see cref="SplitAroundName"/> cuts off; known words beside it are longer.</summary>
    private const int MinNameLength = 3;

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
        var words = Parts(token).SelectMany(part => Split(part.ToLowerInvariant(), vocabulary) ?? SplitAroundName(part.ToLowerInvariant(), vocabulary)).ToList();
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

    /// <summary>A token that is a name no vocabulary holds with known words before or after it ("acmeconsulting",
    /// "legalaidbrixton") as the name and the words, so that it is not shown run together; the token itself when most
    /// of it is no known word.</summary>
    private static List<string> SplitAroundName(string text, HashSet<string> vocabulary)
    {
        List<string>? best = null;
        var bestKnown = 0;
        for (var cut = MinNameLength; cut <= text.Length - MinNameLength; cut++)
        {
            foreach (var (name, rest, nameFirst) in new[] { (text[..cut], text[cut..], true), (text[^cut..], text[..^cut], false) })
            {
                if (Split(rest, vocabulary) is not { } known || known.Any(w => w.Length < MinNameLength)
                    || rest.Length * 2 <= text.Length || rest.Length <= bestKnown)
                {
                    continue;
                }

                best = nameFirst ? [name, .. known] : [.. known, name];
                bestKnown = rest.Length;
            }
        }

        return best ?? [text];
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
