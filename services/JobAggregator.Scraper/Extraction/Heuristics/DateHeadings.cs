using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Openings grouped under headings that are only a date ("12 November 2026", "Posted 3 December 2026", "3 décembre
/// 2026", "3. Dezember 2026", "Miércoles 2 de diciembre de 2026"): the date each group was posted, as a news archive dates
/// its posts.</summary>
internal static partial class DateHeadings
{
    /// <summary>How many wrappers above a block are searched for the heading over it (the list item, its list, a column).</summary>
    private const int MaxWrappers = 3;

    /// <summary>The posted date the nearest heading before the block states, or null when that heading says anything more
    /// than a date (a section's heading, "Closing 12 November 2026") or no heading comes before it nearby.</summary>
    public static string? PostedAbove(IElement block)
    {
        var element = block;
        for (var depth = 0; element is not null && depth <= MaxWrappers; depth++, element = element.ParentElement)
        {
            for (var previous = element.PreviousElementSibling; previous is not null; previous = previous.PreviousElementSibling)
            {
                if (ElementWalk.IsHeading(previous))
                {
                    return PlainText.Of(previous) is { } text ? PostedDate(text) : null;
                }

                if (ElementWalk.FirstDescendant(previous, ElementWalk.IsHeading) is not null)
                {
                    return null;
                }
            }
        }

        return null;
    }

    private static string? PostedDate(string heading)
    {
        var text = LeadingWeekday().Replace(heading, string.Empty);
        if (FieldLabels.IsDateOnly(text))
        {
            return text;
        }

        return FieldLabels.PostedDateOnly(text);
    }

    [GeneratedRegex("^" + ProseFields.Weekday, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWeekday();
}
