using System.Globalization;
using System.Text.RegularExpressions;
using JobAggregator.Normalizer.Text;

namespace JobAggregator.Normalizer.Dates;

/// <summary>Finds the one calendar date a posted or closing date text states: ISO, numeric or with a month name, in
/// English, Spanish, French, Italian, Dutch, German or Portuguese, Japanese or Chinese (年/月/日), epoch seconds or milliseconds, or relative to when the page was
/// read ("3 days ago", "posted today"), with or without a lead-in ("Closing date: Mar 10, 2020").</summary>
/// <remarks>Vague dates ("Fall 2020", "as early as March 2020", "Open until filled") give null: no day is invented.
/// The first date in the text wins. Pure: relative dates count from the reference given, never from a clock.</remarks>
internal static partial class DateParser
{
    private const int EarliestYear = 1990;
    private const int LatestYear = 2100;
    private const int RocEraOffset = 1911;

    // Countries that write numeric dates month first; everyone else writes the day first.
    private static readonly HashSet<string> MonthFirstCountries = new(StringComparer.OrdinalIgnoreCase) { "US", "PH" };

    /// <summary>Parses with numeric dates read month first when ambiguous ("2/3/2020" is 3 February).</summary>
    public static DateOnly? Parse(string? text) => Parse(text, countryHint: null);

    /// <param name="text">The date text as scraped.</param>
    /// <param name="countryHint">ISO 3166-1 alpha-2 country of the source; outside the US an ambiguous numeric date
    /// is read day first. Null reads it month first.</param>
    /// <param name="reference">When the text was read, for relative dates; without it they give null.</param>
    /// <param name="language">The posting's language (ISO 639-1): with no country, one other than English reads an
    /// ambiguous numeric date day first, as the countries writing it do.</param>
    public static DateOnly? Parse(string? text, string? countryHint, DateTimeOffset? reference = null, string? language = null)
    {
        var cleaned = TextCleaner.Clean(text) is { } clean ? FullWidth.Fold(clean) : null;
        if (cleaned is null)
        {
            return null;
        }

        var monthFirst = countryHint is null
            ? language is null || language.Equals("en", StringComparison.OrdinalIgnoreCase)
            : MonthFirstCountries.Contains(countryHint.Trim());
        var found = new[]
            {
                FromIso(cleaned),
                FromIso(cleaned, YearMonthDayKanji()),
                FromRocEra(cleaned),
                FromMonthName(MonthDayYear(), cleaned),
                FromMonthName(DayMonthYear(), cleaned),
                FromMonthName(DayMonthYearDashed(), cleaned),
                FromNumeric(cleaned, monthFirst),
                FromEpoch(cleaned),
                reference is { } at ? RelativeDates.Find(cleaned, at) : null,
            }
            .Where(candidate => candidate is not null)
            .OrderBy(candidate => candidate!.Value.Index)
            .FirstOrDefault();
        return found?.Date;
    }

    // Feeds and APIs give Unix time in seconds (10 digits) or milliseconds (13); read as UTC.
    private static (DateOnly Date, int Index)? FromEpoch(string text)
    {
        foreach (Match match in Epoch().Matches(text))
        {
            var number = long.Parse(match.Value, CultureInfo.InvariantCulture);
            var instant = match.Length == 13
                ? DateTimeOffset.FromUnixTimeMilliseconds(number)
                : DateTimeOffset.FromUnixTimeSeconds(number);
            if (instant.Year is >= EarliestYear and <= LatestYear)
            {
                return (DateOnly.FromDateTime(instant.UtcDateTime), match.Index);
            }
        }

        return null;
    }

    private static (DateOnly Date, int Index)? FromIso(string text) => FromIso(text, Iso());

    private static (DateOnly Date, int Index)? FromIso(string text, Regex pattern)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (TryDate(match.Groups["y"].Value, Number(match.Groups["m"]), Number(match.Groups["d"])) is { } date)
            {
                return (date, match.Index);
            }
        }

        return null;
    }

    /// <summary>Taiwan counts years from 1912 (民國 1): "民國115年12月31日" and "115年12月31日" are 31 December 2026. A
    /// three-digit year before 年 can be no other calendar's within the years read.</summary>
    private static (DateOnly Date, int Index)? FromRocEra(string text)
    {
        if (!text.Contains('年', StringComparison.Ordinal))
        {
            return null;
        }

        foreach (Match match in RocEraYearMonthDay().Matches(text))
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture) + RocEraOffset;
            if (TryDate(year.ToString(CultureInfo.InvariantCulture), Number(match.Groups["m"]), Number(match.Groups["d"])) is { } date)
            {
                return (date, match.Index);
            }
        }

        return null;
    }

    private static (DateOnly Date, int Index)? FromMonthName(Regex pattern, string text)
    {
        foreach (Match match in pattern.Matches(text))
        {
            if (MonthNames.Find(match.Groups["m"].Value) is { } month
                && TryDate(match.Groups["y"].Value, month, Number(match.Groups["d"])) is { } date)
            {
                return (date, match.Groups["m"].Index < match.Groups["d"].Index ? match.Groups["m"].Index : match.Groups["d"].Index);
            }
        }

        return null;
    }

    private static (DateOnly Date, int Index)? FromNumeric(string text, bool monthFirst)
    {
        foreach (Match match in Numeric().Matches(text))
        {
            var first = Number(match.Groups["a"]);
            var second = Number(match.Groups["b"]);

            // A part above 12 settles which one is the day; otherwise dotted dates are a European habit.
            var dayFirst = first > 12 || (second <= 12 && (match.Groups["sep"].Value == "." || !monthFirst));
            var (month, day) = dayFirst ? (second, first) : (first, second);
            if (TryDate(match.Groups["y"].Value, month, day) is { } date)
            {
                return (date, match.Index);
            }
        }

        return null;
    }

    private static DateOnly? TryDate(string year, int month, int day)
    {
        var y = int.Parse(year, CultureInfo.InvariantCulture) + (year.Length == 2 ? 2000 : 0);
        if (y is < EarliestYear or > LatestYear || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, month))
        {
            return null;
        }

        return new DateOnly(y, month, day);
    }

    private static int Number(Group digits) => int.Parse(digits.Value, CultureInfo.InvariantCulture);

    // The date as written, whatever the time zone after it: "2020-02-28T23:00:00-05:00" closes on the 28th there.
    [GeneratedRegex(@"(?<!\d|\d[/.-])(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    // Japanese and Chinese: 2024年3月15日 (号 in spoken Chinese).
    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthDayKanji();

    [GeneratedRegex(@"(?:民[國国]\s*(?<y>\d{1,3})|(?<!\d)(?<y>1\d{2}))\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*[日号]", RegexOptions.CultureInvariant)]
    private static partial Regex RocEraYearMonthDay();

    [GeneratedRegex(@"(?<![\p{L}])(?<m>\p{L}{3,10})\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?(?![\d\p{L}]),?\s+(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<![\d\p{L}])(?<d>\d{1,2})(?:st|nd|rd|th|er|e|º|°|\.)?\s*(?:de\s+|of\s+|d['’])?(?<m>\p{L}{3,10})\.?,?\s+(?:de\s+|del\s+)?(?<y>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\d\p{L}])(?<d>\d{1,2})[-/](?<m>\p{L}{3,9})\.?[-/](?<y>\d{4}|\d{2})(?![\d\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYearDashed();

    [GeneratedRegex(@"(?<![\d.,:/-])(?:\d{13}|\d{10})(?![\d.,])", RegexOptions.CultureInvariant)]
    private static partial Regex Epoch();

    // Czech and Slovak put a space after each dot ("28. 2. 2025"), then write the year in full.
    [GeneratedRegex(@"(?<!\d|\d[/.-])(?:(?<a>\d{1,2})(?<sep>[/.-])(?<b>\d{1,2})\k<sep>(?<y>\d{4}|\d{2})|(?<a>\d{1,2})(?<sep>\.)[ ](?<b>\d{1,2})\.[ ](?<y>\d{4}))(?!\d|[/.-]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();
}
