using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Facts in brackets right after an opening's title ("<c>&lt;a&gt;Staff Attorney&lt;/a&gt; (Chicago, full-time,
/// $72,000–$85,000)</c>", "<c>&lt;strong&gt;Referent*in&lt;/strong&gt; (Teilzeit, 25 Std./Woche, Hamburg-Altona,
/// Bewerbungsschluss: 15.01.2027)</c>", "<c>&lt;a&gt;Paralegal&lt;/a&gt; (posted November 12, 2026)</c>"): each comma-separated
/// part is a labelled field (a date after "posted", "publié le", "publicado el", "veröffentlicht am", "pubblicato il" or
/// "geplaatst op" the posted date), pay, the kind of job or a place.</summary>
internal static class BracketedFacts
{
    /// <summary>The facts in the brackets that open the text right after <paramref name="title"/>; null when no bracket
    /// follows it or it states none.</summary>
    public static PostingDraft? After(IElement title) =>
        // ", " and not ",": a thousands separator has no space after it ("$72,000").
        TextAfter(title) is { } inside ? Of(inside.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) : null;

    /// <summary>What the brackets that open the text right after <paramref name="title"/> hold; null when no bracket
    /// follows it.</summary>
    public static string? TextAfter(IElement title)
    {
        // "<a><strong>Paralegal</strong></a> (…)": the bracket follows the inline elements the title ends.
        while (title.NextSibling is null && title.ParentElement is { } parent && ElementWalk.IsInline(parent))
        {
            title = parent;
        }

        if (title.NextSibling is not { NodeType: NodeType.Text } next)
        {
            return null;
        }

        var text = next.TextContent.AsSpan().TrimStart();
        return text.IsEmpty || text[0] != '(' || text.IndexOf(')') is not (var close and > 1) ? null : text[1..close].ToString();
    }

    /// <summary>The facts a list of parts states, each read as one of the bracket's parts is; null when they state none.</summary>
    public static PostingDraft? Of(IEnumerable<string> parts)
    {
        var facts = new PostingDraft();
        var placeRead = false;
        foreach (var part in WithYearsJoined(parts))
        {
            var place = IsPlace(part);
            // "Guadalajara, Jalisco": a place right after the town (its region, its country) is part of the place.
            if (placeRead && place)
            {
                facts = facts with { Location = $"{facts.Location}, {part}" };
                continue;
            }

            var before = facts.Location;
            facts = With(facts, part);
            placeRead = place && before is null;
        }

        return facts == new PostingDraft() ? null : facts;
    }

    /// <summary>The parts with a year alone joined to the day before it: "posted November 12, 2026" split at its comma is
    /// one date.</summary>
    private static IEnumerable<string> WithYearsJoined(IEnumerable<string> parts)
    {
        string? held = null;
        foreach (var part in parts)
        {
            if (held is not null && part.Length == 4 && part.All(char.IsAsciiDigit) && char.IsAsciiDigit(held[^1]))
            {
                held = $"{held}, {part}";
                continue;
            }

            if (held is not null)
            {
                yield return held;
            }

            held = part;
        }

        if (held is not null)
        {
            yield return held;
        }
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
            FieldKind.DatePosted when FieldLabels.HasDigit(value) => facts with { DatePosted = facts.DatePosted ?? value },
            FieldKind.Salary => facts with { SalaryText = facts.SalaryText ?? value },
            FieldKind.Location => facts with { Location = facts.Location ?? value },
            FieldKind.EmploymentType => facts with { EmploymentType = facts.EmploymentType ?? value },
            FieldKind.None when FieldLabels.HasMoney(part) => facts with { SalaryText = facts.SalaryText ?? part },
            FieldKind.None when FieldLabels.EmploymentTypeLength(part) > 0 => facts with { EmploymentType = facts.EmploymentType ?? part },
            FieldKind.None when IsUnlabelledPlace(part) => facts with { Location = facts.Location ?? part },
            _ => facts,
        };
    }

    /// <summary>A part that <see cref="With"/> reads as the place: no label, pay, kind of job, hours or file type.</summary>
    private static bool IsPlace(string part) =>
        FieldLabels.Split(part).Kind == FieldKind.None && !FieldLabels.HasMoney(part) && FieldLabels.EmploymentTypeLength(part) == 0
        && IsUnlabelledPlace(part);

    private static bool IsUnlabelledPlace(string part) =>
        !FieldLabels.HasHours(part) && !IsFileType(part) && !PayTerms.Contains(part) && BlockFields.LooksLikePlace(part);

    /// <summary>"Paid, 10 weeks, $18/hour": a word saying whether the work is paid leads the facts as a town would.</summary>
    private static readonly HashSet<string> PayTerms = new(
        ["Paid", "Unpaid", "Stipend", "Stipended", "Remunerado", "Remunerada", "No remunerado", "Retribuito", "Non retribuito", "Rémunéré",
            "Non rémunéré", "Bezahlt", "Vergütet", "Unbezahlt", "Betaald", "Onbetaald", "Płatny", "Bezpłatny"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>"PDF", "DOCX": a link's bracket names its file's type, not a place.</summary>
    private static bool IsFileType(string part) => part is "PDF" or "DOC" or "DOCX" or "ODT" or "RTF";
}
