namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A text's words as the word lookups see them: runs of letters, anything else between them.</summary>
internal static class LetterRuns
{
    /// <summary>Finds the next run of letters at or after <paramref name="next"/> and moves it past the run.</summary>
    /// <returns>Whether there was one.</returns>
    public static bool Next(ReadOnlySpan<char> text, ref int next, out Range run)
    {
        var i = next;
        while (i < text.Length && !char.IsLetter(text[i]))
        {
            i++;
        }

        var start = i;
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        next = i;
        run = start..i;
        return start < i;
    }
}
