using System.Runtime.CompilerServices;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A test of an element's text, answered once per text: the shapes of a listing ask the same questions of the
/// same link and heading texts, and the answers come from regular expressions that cost far more than a lookup.</summary>
/// <remarks>Remembered per string instance, not per value: a page's element texts are made once per element
/// (<see cref="PlainText.Of"/>), so every shape asking about one element shares the answer, while the next page's
/// texts are new strings and start afresh (nothing carries over between pages, nothing needs bounding, and an answer
/// goes when its text does).</remarks>
internal sealed class TextVerdicts(Func<string, bool> test)
{
    private static readonly object Yes = true;
    private static readonly object No = false;

    private readonly ConditionalWeakTable<string, object> _known = new();

    public bool Of(string text)
    {
        if (_known.TryGetValue(text, out var known))
        {
            return known == Yes;
        }

        var verdict = test(text);
        _known.TryAdd(text, verdict ? Yes : No);
        return verdict;
    }
}
