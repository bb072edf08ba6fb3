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
            || Newest(body, PrimaryLanguage(document)) is not { } pageDate)
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

    /// <summary>The language of the page's <c>lang</c> without its region ("en" of "en-GB"), as the normaliser takes a posting's.</summary>
    private static string? PrimaryLanguage(IDocument document) =>
        document.DocumentElement.GetAttribute("lang") is { Length: > 0 } tag ? tag.Split('-', '_')[0] : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The newest whole date of the page's dated elements; null when none states one.</summary>
    private static DateOnly? Newest(IElement body, string? language)
    {
        DateOnly? newest = null;
        foreach (var element in ElementWalk.Descendants(body))
        {
            if (!IsDated(element) || DateOf(element, language) is not { } date)
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

    /// <summary>The whole date an element's <c>datetime</c> or its short text states, read as the normaliser reads dates,
    /// an ambiguous numeric one in the page's language.</summary>
    private static DateOnly? DateOf(IElement element, string? language) =>
        DateParser.Parse(element.GetAttribute("datetime"), countryHint: null, language: language)
        ?? (PlainText.Of(element) is { Length: <= 40 } text ? DateParser.Parse(text, countryHint: null, language: language) : null);

    [GeneratedRegex(@"(?<![\d])(?:19|20)\d{2}(?![\d])")]
    private static partial Regex Year();
}
