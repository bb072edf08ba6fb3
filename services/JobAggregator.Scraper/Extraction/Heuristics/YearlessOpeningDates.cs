using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Normalizer.Dates;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Openings' dates written without a year ("Closing date: midday Friday 15 January", WPJobBoard's "2 déc."),
/// dated from the newest whole date the page itself states (a dated element: a <c>&lt;time&gt;</c>, a recent post's
/// "post-date", an entry's date): the page was written on or after it. A closing date is the first such day on or after
/// that date, as <see cref="YearlessDates"/> dates one after a posted date; a posted date is recent, the first such day
/// from half a year before it. A page stating no whole date of its own (a copyright year is none) leaves them undated.</summary>
internal static partial class YearlessOpeningDates
{
    private const int PostedMonthsBefore = 6;

    public static List<PostingDraft> Dated(IDocument document, List<PostingDraft> openings)
    {
        if (!openings.Exists(d => (d.DatePosted is null && IsYearless(d.ValidThrough)) || IsYearless(d.DatePosted)) || document.Body is not { } body
            || Newest(body) is not { } pageDate)
        {
            return openings;
        }

        return openings.ConvertAll(d => d with
        {
            // A posted date dates its closing date in the normaliser.
            ValidThrough = d.DatePosted is null && IsYearless(d.ValidThrough) && YearlessDates.OnOrAfter(d.ValidThrough, pageDate) is { } closing ? Iso(closing) : d.ValidThrough,
            DatePosted = IsYearless(d.DatePosted) && YearlessDates.OnOrAfter(d.DatePosted, pageDate.AddMonths(-PostedMonthsBefore)) is { } posted
                ? Iso(posted)
                : d.DatePosted,
        });
    }

    private static bool IsYearless(string? text) => text is not null && !Year().IsMatch(text) && YearlessDates.Names(text);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The newest whole date of the page's dated elements; null when none states one.</summary>
    private static DateOnly? Newest(IElement body)
    {
        DateOnly? newest = null;
        foreach (var element in ElementWalk.Descendants(body))
        {
            if (!IsDated(element) || DateOf(element) is not { } date)
            {
                continue;
            }

            if (newest is null || date > newest)
            {
                newest = date;
            }
        }

        return newest;
    }

    private static bool IsDated(IElement element) =>
        element.LocalName == "time" || (element.ClassName is { } classes && classes.Contains("date", StringComparison.OrdinalIgnoreCase)
            && element.ChildElementCount == 0);

    private static DateOnly? DateOf(IElement element)
    {
        if (element.GetAttribute("datetime") is { Length: >= 10 } stamp
            && DateOnly.TryParseExact(stamp[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamped))
        {
            return stamped;
        }

        if (PlainText.Of(element) is not { Length: <= 40 } text || WholeDate().Match(text) is not { Success: true } match
            || MonthNames.Find(match.Groups["m"].Value) is not { } month)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        return day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"(?<![\d])(?:19|20)\d{2}(?![\d])")]
    private static partial Regex Year();

    /// <summary>"26 November 2026", "24 novembre 2026", "3. Dezember 2026", "20 de diciembre de 2026", "November 26, 2026".</summary>
    [GeneratedRegex(@"(?:(?<![\d])(?<d>\d{1,2})\.?\s+(?:de\s+)?(?<m>\p{L}{3,10})\.?\s+(?:de\s+)?(?<y>20\d{2})|(?<m>\p{L}{3,10})\.?\s+(?<d>\d{1,2}),?\s+(?<y>20\d{2}))(?![\d])",
        RegexOptions.CultureInvariant)]
    private static partial Regex WholeDate();
}
