using System.Globalization;
using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Dates;

/// <summary>Dates written relative to when the page was read: "posted today", "yesterday", "3 days ago", "30+ days ago",
/// "an hour ago", in English, Spanish, French, Italian, Dutch and German.</summary>
/// <remarks>"30+ days ago" gives the 30th day back: the latest day it can mean, never an invented earlier one.</remarks>
internal static partial class RelativeDates
{
    private const int EarliestReferenceYear = 1000;

    /// <param name="text">Cleaned date text.</param>
    /// <param name="reference">When the page was read; its own clock decides which day "today" is.</param>
    /// <returns>The date and where its words start, or null when the text states no relative date.</returns>
    public static (DateOnly Date, int Index)? Find(string text, DateTimeOffset reference)
    {
        // No page was read this early: it is an unset ScrapedAt, and counting back from it would pass the calendar's start.
        if (reference.Year < EarliestReferenceYear)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(reference.DateTime);
        (DateOnly Date, int Index)? found = null;
        void Keep(DateOnly date, int index)
        {
            if (found is null || index < found.Value.Index)
            {
                found = (date, index);
            }
        }

        if (Today().Match(text) is { Success: true } todayMatch)
        {
            Keep(today, todayMatch.Index);
        }

        if (Yesterday().Match(text) is { Success: true } yesterdayMatch)
        {
            Keep(today.AddDays(-1), yesterdayMatch.Index);
        }

        foreach (var pattern in new[] { AgoAfter(), AgoBefore() })
        {
            if (pattern.Match(text) is { Success: true } ago && Back(reference, Count(ago.Groups["n"].Value), ago.Groups["unit"].Value) is { } date)
            {
                Keep(date, ago.Index);
            }
        }

        return found;
    }

    private static int Count(string written) => written.ToLowerInvariant() switch
    {
        "a" or "an" or "one" or "un" or "une" or "uno" or "una" or "een" or "ein" or "einem" or "einer" => 1,
        var digits when int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) => number,
        _ => -1,
    };

    private static DateOnly? Back(DateTimeOffset reference, int count, string unit)
    {
        if (count is < 0 or > 3_650)
        {
            return null;
        }

        var word = unit.ToLowerInvariant();
        var instant = word switch
        {
            _ when word.StartsWith("min", StringComparison.Ordinal) => reference.AddMinutes(-count),
            _ when word.StartsWith('h') || word.StartsWith("or", StringComparison.Ordinal) || word.StartsWith("st", StringComparison.Ordinal) || word == "uur" => reference.AddHours(-count),
            _ when word.StartsWith('d') || word.StartsWith('j') || word.StartsWith('g') || word.StartsWith('t') => reference.AddDays(-count),
            _ when word.StartsWith('w') || word.StartsWith("sem", StringComparison.Ordinal) || word.StartsWith("set", StringComparison.Ordinal) => reference.AddDays(-7 * count),
            _ when word.StartsWith('m') => reference.AddMonths(-count),
            _ => (DateTimeOffset?)null,
        };
        return instant is { } at ? DateOnly.FromDateTime(at.DateTime) : null;
    }

    [GeneratedRegex(@"(?<![\p{L}])(?:today|just\s+posted|just\s+now|hoy|aujourd['’]hui|oggi|vandaag|heute)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Today();

    [GeneratedRegex(@"(?<![\p{L}])(?:yesterday|ayer|hier|ieri|gisteren|gestern)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yesterday();

    // "3 days ago", "30+ days ago", "an hour ago", "3 giorni fa", "3 dagen geleden".
    [GeneratedRegex(@"(?<![\p{L}\d])(?<n>\d{1,4}|an?|one|un[oa]?|een)\+?\s*(?<unit>minutes?|mins?|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mos?|minut[io]|or[ae]|giorn[io]|settiman[ae]|mes[ei]|minuten|uur|dag(?:en)?|we(?:e)?k(?:en)?|maand(?:en)?)\s+(?:ago|fa|geleden)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgoAfter();

    // "hace 3 días", "il y a 3 jours", "vor 3 Tagen".
    [GeneratedRegex(@"(?<![\p{L}])(?:hace|il\s+y\s+a|vor)\s+(?<n>\d{1,4}|un[ae]?|einem|einer)\+?\s*(?<unit>minutos?|minutes?|minuten|horas?|heures?|stunden?|d[ií]as?|jours?|tagen?|semanas?|semaines?|wochen?|meses|mes|mois|monaten?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgoBefore();
}
