namespace JobAggregator.Store.Openings;

/// <summary>How alike two titles are, and whether that is enough for one opening.</summary>
/// <param name="Score">0 to 1: the share of words the titles have in common, or for a cut-short title, the share of the
/// other title it covers.</param>
/// <param name="ByTruncation">One title was cut short and is the start of the other.</param>
internal readonly record struct TitleSimilarity(double Score, bool ByTruncation)
{
    /// <summary>The share of words (Jaccard: common words over all words) two titles must have in common, more than
    /// this.</summary>
    /// <remarks>Above 0.8 means a title of up to four words must have exactly the other's words, so "Staff Attorney"
    /// and "Senior Staff Attorney" (0.67), "Paralegal" and "Paralegal II" (0.5), "Staff Attorney" and "Supervising
    /// Attorney" (0.33) or "Assistant Public Defender 2" and "Senior Assistant Public Defender 2" (0.8) stay apart; from
    /// five words on, one word added or left out passes (5/6, 6/7), while one word replaced by another fails up to nine
    /// words ((n-1)/(n+1) &lt;= 0.8), so "Assistant Public Defender 2 – Wrongful Conviction Project" and its "... 3"
    /// stay apart. What normalising already absorbs (case, accents, punctuation, word order, the organisation's name,
    /// requisition numbers, abbreviations) needs no slack here.</remarks>
    public const double Threshold = 0.8;

    /// <summary>A cut-short title must keep at least this many words (or all of the other's) to be taken for its start:
    /// "Staff…" says too little.</summary>
    private const int LeastTruncatedWords = 2;

    /// <returns>Null when the titles are not the same job's.</returns>
    public static TitleSimilarity? Of(OpeningTitle first, OpeningTitle second)
    {
        if (first.Words.Count == 0 || second.Words.Count == 0)
        {
            return null;
        }

        var common = first.WordSet.Count(second.WordSet.Contains);
        var jaccard = (double)common / (first.WordSet.Count + second.WordSet.Count - common);
        if (jaccard > Threshold)
        {
            return new TitleSimilarity(jaccard, false);
        }

        return StartOf(first, second) ?? StartOf(second, first);
    }

    /// <summary>The cut-short <paramref name="start"/>'s words begin <paramref name="whole"/>'s, its last word
    /// possibly a part of the corresponding one.</summary>
    private static TitleSimilarity? StartOf(OpeningTitle start, OpeningTitle whole)
    {
        var count = start.Words.Count;
        if (!start.Truncated || count > whole.Words.Count
            || (count < LeastTruncatedWords && count < whole.Words.Count))
        {
            return null;
        }

        for (var index = 0; index < count; index++)
        {
            var word = start.Words[index];
            var other = whole.Words[index];
            var matches = index == count - 1
                ? other.StartsWith(word, StringComparison.Ordinal)
                    || (whole.Truncated && index == whole.Words.Count - 1
                        && word.StartsWith(other, StringComparison.Ordinal))
                : word == other;
            if (!matches)
            {
                return null;
            }
        }

        return new TitleSimilarity((double)count / whole.Words.Count, true);
    }
}
