namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A test of an element's text, answered once per text: the shapes of a listing ask the same questions of the
/// same link and heading texts, and the answers come from regular expressions that cost far more than a lookup.</summary>
/// <remarks>Remembered per string instance, not per value: a page's element texts are made once per element
/// (<see cref="PlainText.Of"/>), so every shape asking about one element shares the answer, while the next page's
/// texts are new strings and start afresh. The answers live in one table per thread shared by every test (a bit pair
/// per test), without a lock; the table is emptied when it holds <see cref="MaxTexts"/> texts, so it keeps no more than
/// a page or two of texts alive. (A weak table per test cost a lock and a GC handle per answer, more than the lookup
/// saved.)</remarks>
internal sealed class TextVerdicts
{
    private const int MaxTexts = 2048;
    private const int MaxTests = 32;
    private static int _tests;

    [ThreadStatic]
    private static Dictionary<string, ulong>? _known;

    private readonly Func<string, bool> _test;
    private readonly ulong _answered;
    private readonly ulong _yes;

    public TextVerdicts(Func<string, bool> test)
    {
        _test = test;
        var index = Interlocked.Increment(ref _tests) - 1;
        if (index >= MaxTests)
        {
            throw new InvalidOperationException($"No more than {MaxTests} text tests share the verdict table.");
        }

        _answered = 1UL << (2 * index);
        _yes = 2UL << (2 * index);
    }

    public bool Of(string text)
    {
        var known = _known ??= new Dictionary<string, ulong>(ReferenceEqualityComparer.Instance);
        if (known.TryGetValue(text, out var bits) && (bits & _answered) != 0)
        {
            return (bits & _yes) != 0;
        }

        // The test may ask other tests about other texts, which changes the table: read the text's bits again after it.
        var verdict = _test(text);
        if (!known.TryGetValue(text, out bits) && known.Count >= MaxTexts)
        {
            known.Clear();
        }

        known[text] = bits | _answered | (verdict ? _yes : 0);
        return verdict;
    }
}
