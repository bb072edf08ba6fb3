using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A date a page states once for all the openings of a list, in a labelled line near it: an introduction's
/// "发布日期：2026-12-01", a line above a table's "Posted: March 3, 2027", a line after the list's "截止日期：2026年12月31日" or
/// "Date limite : 8 janvier 2027". Each opening stating no date of that kind takes it.</summary>
internal static class ListDates
{
    /// <summary>The date the line labels as <paramref name="kind"/>; null when it is no such line or its value holds no
    /// digit.</summary>
    public static string? Labelled(IElement line, FieldKind kind) =>
        PlainText.Of(line) is { } text && FieldLabels.Split(text) is var (labelled, _, date) && labelled == kind && FieldLabels.HasDigit(date) ? date : null;

    /// <summary>The date the first of the lines labelling one as <paramref name="kind"/> states; null when none does.</summary>
    public static string? FirstLabelled(IEnumerable<IElement> lines, FieldKind kind)
    {
        foreach (var line in lines)
        {
            if (Labelled(line, kind) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The openings, each stating no posted date of its own posted on <paramref name="posted"/>.</summary>
    public static List<PostingDraft> PostedEach(List<PostingDraft> openings, string posted) =>
        openings.ConvertAll(d => d.DatePosted is null ? d with { DatePosted = posted } : d);
}
