using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>List items that open with a title in plain text, its facts in brackets and a dash tail ("Paralegal
/// (part-time, Boston) — send your CV to <c>&lt;a href="mailto:…"&gt;</c> by 15 January 2027"): openings listed
/// without a link or a bold title of their own.</summary>
internal static partial class LeadingTitleItems
{
    /// <summary>The title an item opens with and the facts its bracket and tail state; null when the item is not of this
    /// shape, the text before its bracket names no role, or the bracket states no job fact.</summary>
    public static (string Title, PostingDraft Facts)? Read(IElement item)
    {
        // The title is plain text: the item's first node is text holding the bracket's start.
        if (item.FirstChild is not IText { Data: var first } || !first.Contains('(', StringComparison.Ordinal)
            || PlainText.Of(item) is not { } text || Shape().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var title = match.Groups["title"].Value.Trim();
        if (!JobTitles.IsTitleShaped(title) || !JobTitles.IsShortTitle(title) || !JobTitles.HasRoleWord(title)
            || BracketedFacts.Of(match.Groups["facts"].Value.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) is not { } facts)
        {
            return null;
        }

        var tail = match.Groups["tail"].Value;
        // ", " and ";" part the tail's clauses; a thousands separator has no space after it ("$65,000").
        var pay = facts.SalaryText ?? tail.Split([";", ", "], StringSplitOptions.TrimEntries).FirstOrDefault(FieldLabels.HasMoney);
        return (title, facts with { SalaryText = pay, ValidThrough = facts.ValidThrough ?? ProseFields.ClosingDate(tail) });
    }

    /// <summary>A title, its bracket and a tail after a spaced dash.</summary>
    [GeneratedRegex(@"^(?<title>[^()—–]{2,80}?)\s*\((?<facts>[^()]{2,120})\)\s*[—–-]\s+(?<tail>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
