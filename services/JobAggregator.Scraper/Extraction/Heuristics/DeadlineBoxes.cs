using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A box of deadlines beside the openings (a sidebar's "<h3>Apply by</h3><ul><li><strong>Clinical Teaching
/// Fellow:</strong> January 15, 2027</li>…</ul>", "Fristen", "Dates limites", "Plazos"): each "Role: date" line is the
/// closing date of the opening its role names, which the opening's own block does not state.</summary>
internal static class DeadlineBoxes
{
    private const int MostLines = 12;

    /// <summary>The openings, each without a closing date of its own dated by the box line naming its title; the list
    /// itself when the page has no such box.</summary>
    public static List<PostingDraft> Dating(IDocument document, List<PostingDraft> openings)
    {
        if (document.Body is not { } body || !openings.Exists(d => d.ValidThrough is null && d.Title is not null))
        {
            return openings;
        }

        var lines = new List<(string Role, string Date)>();
        foreach (var heading in ElementWalk.Descendants(body))
        {
            if (ElementWalk.IsHeading(heading) && FieldLabels.KindOf(PlainText.Of(heading)) == FieldKind.ValidThrough)
            {
                AddRoleDates(heading, lines);
            }
        }

        return lines.Count == 0
            ? openings
            : openings.ConvertAll(d => d.ValidThrough is null && d.Title is { } title && DateOf(title, lines) is { } date ? d with { ValidThrough = date } : d);
    }

    /// <summary>The "Role: date" lines of the list or paragraphs after the heading, up to the next heading.</summary>
    private static void AddRoleDates(IElement heading, List<(string Role, string Date)> lines)
    {
        var read = 0;
        for (var next = heading.NextElementSibling; next is not null && !ElementWalk.IsHeading(next) && read < MostLines; next = next.NextElementSibling)
        {
            var items = next.LocalName is "ul" or "ol" ? next.Children.Where(c => c.LocalName == "li") : [next];
            foreach (var item in items)
            {
                read++;
                if (PlainText.Of(item) is { } line && line.IndexOfAny([':', '：']) is var colon and > 0
                    && line[(colon + 1)..].Trim() is { Length: > 0 } date && FieldLabels.HasDigit(date))
                {
                    lines.Add((line[..colon].Trim(), date));
                }
            }
        }
    }

    /// <summary>The date of the line whose role is the title, or the title before its bracket or dash ("Student Research
    /// Assistant" for "Student Research Assistant (Spring 2027)").</summary>
    private static string? DateOf(string title, List<(string Role, string Date)> lines)
    {
        foreach (var (role, date) in lines)
        {
            if (title.Equals(role, StringComparison.OrdinalIgnoreCase)
                || (title.StartsWith(role, StringComparison.OrdinalIgnoreCase) && title.AsSpan(role.Length).TrimStart() is ['(' or '–' or '-' or ',', ..]))
            {
                return date;
            }
        }

        return null;
    }
}
