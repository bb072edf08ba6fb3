namespace JobAggregator.Store.Openings;

/// <summary>The keys a posting's title is indexed under and the keys it looks up, so that every posting it could be
/// the same opening as (<see cref="TitleSimilarity"/>) is found by the index, never by comparing every posting of the
/// organisation.</summary>
/// <remarks>Alike words (Jaccard above <see cref="TitleSimilarity.Threshold"/>) are found by prefix filtering: with the
/// distinct words in ordinal order, two sets with that much in common share one of their first
/// <c>n - α(n) + 1</c> words, α(n) being the fewest common words that can pass the threshold with a set of n. A
/// cut-short title of two or more words begins with the other's first word, and a cut-short single word is the start of
/// the other's single word: every title is indexed under its first word (or its single word), a cut-short one also
/// under a key of its own, so that a whole title looks up only the cut-short ones sharing its start, and a cut-short
/// one every title sharing its start.</remarks>
internal static class OpeningTitleKeys
{
    private const string WordKey = "w:";
    private const string FirstWordKey = "f:";
    private const string CutFirstWordKey = "t:";
    private const string SingleWordKey = "s:";
    private const string CutSingleWordKey = "u:";

    /// <summary>The keys the title is stored under.</summary>
    public static IReadOnlyList<string> Indexed(OpeningTitle title)
    {
        if (title.Words.Count == 0)
        {
            return [];
        }

        var keys = CommonWordKeys(title);
        var single = title.Words.Count == 1;
        keys.Add((single ? SingleWordKey : FirstWordKey) + title.Words[0]);
        if (title.Truncated)
        {
            keys.Add((single ? CutSingleWordKey : CutFirstWordKey) + title.Words[0]);
        }

        return keys;
    }

    /// <summary>The keys to look up for the postings the title could be the same opening as (with
    /// <see cref="SoughtRange"/>).</summary>
    public static IReadOnlyList<string> Sought(OpeningTitle title)
    {
        if (title.Words.Count == 0)
        {
            return [];
        }

        var keys = CommonWordKeys(title);
        var first = title.Words[0];
        if (title.Words.Count == 1)
        {
            // A cut-short single word that is the start of this one.
            keys.AddRange(Enumerable.Range(1, first.Length).Select(length => CutSingleWordKey + first[..length]));
        }
        else
        {
            keys.Add(CutFirstWordKey + first);
            if (title.Truncated)
            {
                keys.Add(FirstWordKey + first);
            }
        }

        return keys;
    }

    /// <summary>For a cut-short single-word title, the key range holding every single word it is the start of.</summary>
    public static (string From, string Before)? SoughtRange(OpeningTitle title) =>
        title is { Truncated: true, Words.Count: 1 }
            ? (SingleWordKey + title.Words[0], SingleWordKey + title.Words[0] + char.MaxValue)
            : null;

    private static List<string> CommonWordKeys(OpeningTitle title)
    {
        var words = title.WordSet.Order(StringComparer.Ordinal).ToList();
        return words.Take(words.Count - LeastCommonWords(words.Count) + 1).Select(word => WordKey + word).ToList();
    }

    /// <summary>The fewest common words two titles can have and still pass the threshold when one has
    /// <paramref name="count"/> distinct words (measured with the same division as <see cref="TitleSimilarity"/>, whose
    /// denominator is never smaller than <paramref name="count"/>).</summary>
    private static int LeastCommonWords(int count)
    {
        for (var common = 1; common < count; common++)
        {
            if ((double)common / count > TitleSimilarity.Threshold)
            {
                return common;
            }
        }

        return count;
    }
}
