using System.Collections.Frozen;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Whether a text holds a role word, as <see cref="JobTitles"/>' role-word pattern finds one, read word by
/// word: a word (a run of letters) that is a role word of its own, one that ends in a role word ("Beleidsmedewerker"),
/// or two words a single space apart that are one ("Head of", "Travailleuse sociale"). A lookup per word costs a
/// fraction of the pattern's search, asked of every link and heading text of a page.</summary>
/// <remarks>The words are spelled out of the pattern's own word lists (<see cref="PatternWords"/>), so the two cannot
/// drift apart. The pattern ignores case as the regular expression engine does, which relates a few letters beyond
/// Latin-1 to Latin-1 ones (the Kelvin sign to "k", the long s to "s"): a text with one of those in a word is left to
/// the pattern.</remarks>
internal sealed class RoleWords
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _pairs;
    private readonly SuffixNode _endings = new();
    private readonly int _maxLength;
    private readonly Func<string, bool> _pattern;

    /// <param name="wholeWords">The pattern of the words that are a word (or two) of their own.</param>
    /// <param name="endings">The pattern of the words that may end a longer word.</param>
    /// <param name="pattern">The whole test as a regular expression, for the texts a lookup cannot answer.</param>
    public RoleWords(string wholeWords, string endings, Func<string, bool> pattern)
    {
        var whole = PatternWords.Of(wholeWords);
        var words = whole.Where(w => w.All(char.IsLetter)).ToFrozenSet(StringComparer.Ordinal);
        _words = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _pairs = whole.Where(w => !w.All(char.IsLetter) && !HoldsWord(w, words)).Select(Pair).ToFrozenSet(StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        var ending = PatternWords.Of(endings);
        foreach (var word in ending)
        {
            _endings.Add(word.All(char.IsLetter) ? word : throw new ArgumentException($"The ending '{word}' is not one word.", nameof(endings)));
        }

        _maxLength = whole.Concat(ending).Max(w => w.Length);
        _pattern = pattern;
    }

    public bool In(string text) => Find(text) ?? _pattern(text);

    /// <summary>Whether a word of the text is a role word; null when a word holds a letter the lookup cannot judge.</summary>
    private bool? Find(ReadOnlySpan<char> text)
    {
        Span<char> word = stackalloc char[_maxLength];
        Span<char> pair = stackalloc char[2 * _maxLength + 1];
        var previousLength = -1;
        var previousEnd = -1;
        var next = 0;
        while (LetterRuns.Next(text, ref next, out var run))
        {
            // Only a word's last letters can be a role word unless it is short enough to be one whole.
            var letters = text[run];
            var tail = letters.Length <= _maxLength ? letters : letters[^_maxLength..];
            if (!TryLower(tail, word))
            {
                return null;
            }

            var lower = word[..tail.Length];
            if ((letters.Length == tail.Length && _words.Contains(lower)) || _endings.EndsIn(lower))
            {
                return true;
            }

            var follows = previousLength >= 0 && run.Start.Value == previousEnd + 1 && text[previousEnd] == ' ';
            if (follows && letters.Length == tail.Length)
            {
                pair[previousLength] = ' ';
                lower.CopyTo(pair[(previousLength + 1)..]);
                if (_pairs.Contains(pair[..(previousLength + 1 + lower.Length)]))
                {
                    return true;
                }
            }

            previousLength = letters.Length == tail.Length ? lower.Length : -1;
            previousEnd = run.End.Value;
            if (previousLength >= 0)
            {
                lower.CopyTo(pair);
            }
        }

        return false;
    }

    /// <summary>The letters in lower case as the pattern's case-insensitive match relates them; false when one is a
    /// letter beyond Latin-1 that the engine relates to a Latin-1 letter.</summary>
    private static bool TryLower(ReadOnlySpan<char> letters, Span<char> lower)
    {
        for (var i = 0; i < letters.Length; i++)
        {
            var c = letters[i];
            if (c <= '\u00FF')
            {
                lower[i] = c is (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u00DE' and not '\u00D7') ? (char)(c + 32) : c;
            }
            else if (char.ToLowerInvariant(c) <= '\u00FF' || char.ToUpperInvariant(c) <= '\u00FF')
            {
                return false;
            }
            else
            {
                lower[i] = c;
            }
        }

        return true;
    }

    /// <summary>Whether one of the words of an alternative of several ("Case managers", "Abogado/a") is a role word of
    /// its own, so that the word alone finds the alternative.</summary>
    private static bool HoldsWord(string alternative, FrozenSet<string> words) =>
        string.Concat(alternative.Select(c => char.IsLetter(c) ? c : ' ')).Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(words.Contains);

    /// <summary>An alternative of two words a single space apart ("head of"); the lookup reads no other.</summary>
    private static string Pair(string alternative) =>
        alternative.Split(' ') is [var first, var second] && first.All(char.IsLetter) && second.All(char.IsLetter) && first.Length > 0 && second.Length > 0
            ? alternative
            : throw new ArgumentException($"The role word '{alternative}' is neither a word nor two words a space apart.", nameof(alternative));

    /// <summary>The endings, last letter first.</summary>
    private sealed class SuffixNode
    {
        private readonly Dictionary<char, SuffixNode> _next = [];
        private bool _ends;

        public void Add(string word)
        {
            var node = this;
            for (var i = word.Length - 1; i >= 0; i--)
            {
                node = node._next.TryGetValue(word[i], out var next) ? next : node._next[word[i]] = new SuffixNode();
            }

            node._ends = true;
        }

        public bool EndsIn(ReadOnlySpan<char> word)
        {
            var node = this;
            for (var i = word.Length - 1; i >= 0; i--)
            {
                if (!node._next.TryGetValue(word[i], out node))
                {
                    return false;
                }

                if (node._ends)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
