using System.Collections.Frozen;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A test of a text's words (runs of letters) against the words a case-insensitive, letter-bounded pattern
/// must find whole, so that the pattern is not run over a text that cannot match it: a text none of whose words is a
/// key word holds no match. A word with a letter beyond ASCII, which the engine may relate to an ASCII one (the Kelvin
/// sign to "k", the long s to "s"), is not judged: the text is left to the pattern.</summary>
internal sealed class KeyWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly int _maxLength;

    /// <param name="words">The key words, letters only. One with a letter beyond ASCII ("pasantías") needs no entry: only
    /// a word beyond ASCII can match it, and such a word is never judged.</param>
    public KeyWords(IEnumerable<string> words)
    {
        var set = words.Select(w => w.All(char.IsLetter) ? w.ToLowerInvariant()
                : throw new ArgumentException($"The key word '{w}' is not letters alone.", nameof(words)))
            .Where(w => System.Text.Ascii.IsValid(w))
            .ToFrozenSet(StringComparer.Ordinal);
        _words = set.GetAlternateLookup<ReadOnlySpan<char>>();
        _maxLength = set.Max(w => w.Length);
    }

    /// <summary>Whether a word of the text may be a key word (true for a word that is not judged).</summary>
    public bool MayHold(string text)
    {
        Span<char> lower = stackalloc char[_maxLength];
        var next = 0;
        while (LetterRuns.Next(text, ref next, out var word))
        {
            if (MayBe(text.AsSpan()[word], lower))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the text's last word may be a key word (true for a word that is not judged).</summary>
    public bool MayEndWith(string text)
    {
        var end = text.Length;
        while (end > 0 && !char.IsLetter(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        Span<char> lower = stackalloc char[_maxLength];
        return start < end && MayBe(text.AsSpan(start, end - start), lower);
    }

    /// <summary>A word longer than every key word is none of them (case relates letters one for one); an ASCII word is
    /// looked up in lower case; any other may be one.</summary>
    private bool MayBe(ReadOnlySpan<char> word, Span<char> lower)
    {
        if (word.Length > _maxLength)
        {
            return false;
        }

        if (!System.Text.Ascii.IsValid(word))
        {
            return true;
        }

        var lowered = lower[..word.Length];
        System.Text.Ascii.ToLower(word, lowered, out _);
        return _words.Contains(lowered);
    }
}
