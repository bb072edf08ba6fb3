using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Facts in brackets right after an opening's title ("<c>&lt;a&gt;Staff Attorney&lt;/a&gt; (Chicago, full-time,
/// $72,000–$85,000)</c>", "<c>&lt;strong&gt;Referent*in&lt;/strong&gt; (Teilzeit, 25 Std./Woche, Hamburg-Altona,
/// Bewerbungsschluss: 15.01.2027)</c>"): each comma-separated part is a labelled field, pay, the kind of job or a place.</summary>
internal static class BracketedFacts
{
    /// <summary>The facts in the brackets that open the text right after <paramref name="title"/>; null when no bracket
    /// follows it or it states none.</summary>
    public static PostingDraft? After(IElement title)
    {
        if (title.NextSibling is not { NodeType: NodeType.Text } next)
        {
            return null;
        }

        var text = next.TextContent.AsSpan().TrimStart();
        if (text.IsEmpty || text[0] != '(' || text.IndexOf(')') is not (var close and > 1))
        {
            return null;
        }

        // ", " and not ",": a thousands separator has no space after it ("$72,000").
        return Of(text[1..close].ToString().Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>The facts a list of parts states, each read as one of the bracket's parts is; null when they state none.</summary>
    public static PostingDraft? Of(IEnumerable<string> parts)
    {
        var facts = new PostingDraft();
        foreach (var part in parts)
        {
            facts = With(facts, part);
        }

        return facts == new PostingDraft() ? null : facts;
    }

    /// <summary>How many of the fields a bracket can state the facts hold.</summary>
    public static int Count(PostingDraft facts) =>
        (facts.Location is null ? 0 : 1) + (facts.EmploymentType is null ? 0 : 1) + (facts.SalaryText is null ? 0 : 1) + (facts.ValidThrough is null ? 0 : 1);

    private static PostingDraft With(PostingDraft facts, string part)
    {
        var (kind, _, value) = FieldLabels.Split(part);
        return kind switch
        {
            FieldKind.ValidThrough => facts with { ValidThrough = facts.ValidThrough ?? value },
            FieldKind.Salary => facts with { SalaryText = facts.SalaryText ?? value },
            FieldKind.Location => facts with { Location = facts.Location ?? value },
            FieldKind.EmploymentType => facts with { EmploymentType = facts.EmploymentType ?? value },
            FieldKind.None when FieldLabels.HasMoney(part) => facts with { SalaryText = facts.SalaryText ?? part },
            FieldKind.None when FieldLabels.EmploymentTypeLength(part) > 0 => facts with { EmploymentType = facts.EmploymentType ?? part },
            FieldKind.None when !FieldLabels.HasHours(part) && !IsFileType(part) && BlockFields.LooksLikePlace(part) => facts with { Location = facts.Location ?? part },
            _ => facts,
        };
    }

    /// <summary>"PDF", "DOCX": a link's bracket names its file's type, not a place.</summary>
    private static bool IsFileType(string part) => part is "PDF" or "DOC" or "DOCX" or "ODT" or "RTF";
}
