using System.Globalization;
using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Dates;

/// <summary>A day and month written without a year ("hasta el 18 de diciembre", "bis 18. Dezember", "until 18 December",
/// "by December 18th"): on a page with a date of its own, the first such day on or after it. A copyright year or the
/// day the page was read says nothing of when the page was written, so they are no such date.</summary>
internal static partial class YearlessDates
{
    /// <summary>The first day and month the text names with no year after them, on or after <paramref name="pageDate"/>;
    /// null when the text names none.</summary>
    public static DateOnly? OnOrAfter(string? text, DateOnly pageDate)
    {
        if (text is null || Find(text) is not { } dayAndMonth)
        {
            return null;
        }

        var (day, month) = dayAndMonth;
        foreach (var year in new[] { pageDate.Year, pageDate.Year + 1 })
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date >= pageDate)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Whether the text names a day and month with no year after them.</summary>
    public static bool Names(string text) => Find(text) is not null;

    private static (int Day, int Month)? Find(string text)
    {
        // A word before a day ("bis 8. Januar", "until 18 December") is tried as a month first: the next try starts
        // inside that match, so the day is read again before its month.
        for (var match = DayAndMonth().Match(text); match.Success; match = DayAndMonth().Match(text, match.Index + 1))
        {
            if (MonthNames.Find(match.Groups["m"].Value) is { } month
                && int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture) is var day and >= 1 and <= 31)
            {
                return (day, month);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:(?<![\d\p{L}])(?<d>\d{1,2})(?:st|nd|rd|th|er|º|\.)?\s*(?:de\s+|of\s+)?(?<m>\p{L}{3,10})|(?<![\p{L}])(?<m>\p{L}{3,10})\s+(?<d>\d{1,2})(?:st|nd|rd|th)?)\.?(?![\d\p{L}])(?!\s*,?\s*(?:de\s+|del\s+)?\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayAndMonth();
}
