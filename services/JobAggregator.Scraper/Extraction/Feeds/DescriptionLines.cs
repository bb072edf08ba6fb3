using System.Text.RegularExpressions;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>The labelled lines of a feed item's description ("Location: Leeds", "Regime: estágio", "勤務地：大阪府…"), split
/// at line breaks, paragraphs and list items of its HTML or text: feeds without place or type elements state them
/// there.</summary>
internal static partial class DescriptionLines
{
    public static PostingDraft Read(string? descriptionHtml)
    {
        // A labelled line holds a colon: a description without one is not split.
        if (descriptionHtml is null || descriptionHtml.AsSpan().IndexOfAny(':', '：') < 0)
        {
            return new PostingDraft();
        }

        var fields = new FoundFields();
        foreach (var line in LineEnd().Split(descriptionHtml))
        {
            if (PlainText.FromHtml(line) is { } text && FieldLabels.Split(text) is var (kind, _, value)
                && kind is not (FieldKind.None or FieldKind.Title))
            {
                fields.Set(kind, value);
            }
        }

        return fields.AsDraft();
    }

    [GeneratedRegex(@"<br\s*/?>|</(?:p|li|div|dd|tr)>|\n", RegexOptions.IgnoreCase)]
    private static partial Regex LineEnd();
}
