using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The spaced-dash segments after an opening's role that state only facts about it and are no part of its
/// title: its contract, workload or hours ("Juriste (m/f/x) – CDI – Bruxelles", "Sozialarbeiter*in (m/w/d) – 30
/// Std./Woche", "Chargé·e de communication – 4/5e – Liège", "Paralegal – Part-time") and its town, alone or with its
/// terms in brackets ("Avvocato/a penalista – Napoli", "Staff Attorney – Boston, MA (full-time)"). Comma segments that
/// are only terms leave the title too ("Projektkoordination (m/w/d), 75 %, befristet"). A bracket inside the title
/// ("(m/w/d)") stays.</summary>
internal static partial class TitleFactSegments
{
    private const int MaxPlaceWords = 3;

    private static readonly char[] Brackets = ['(', ')'];

    /// <summary>The draft with its title's fact segments read: the title without them; the terms as the kind of job when
    /// the draft names none, or when they state the hours and the draft's kind does not ("4/5e" over "CDD"); the town
    /// as the place when <paramref name="withPlace"/> and the draft names none, or out of the title when the draft's place
    /// starts with it.</summary>
    public static PostingDraft Read(PostingDraft draft, bool withPlace)
    {
        draft = WithoutPayBracket(draft);
        if (draft.Title is not { } title || (title.IndexOf('–') < 0 && title.IndexOf('—') < 0 && title.IndexOf(',') < 0))
        {
            return draft;
        }

        var placeWanted = withPlace && draft.Location is null;
        var placeRead = false;
        string? terms = null;
        string? place = null;
        var end = title.Length;
        while (SeparatorBefore(title, end) is var (dash, width) && dash > 0)
        {
            var segment = title[(dash + width)..end].Trim();
            if (IsTerms(segment))
            {
                terms = terms is null ? segment : $"{segment}, {terms}";
            }
            // "Psicólogo(a) – Cali" over "Ciudad: Cali, Valle del Cauca": the town the block states in full leaves the title too.
            else if (withPlace && !placeRead && PlaceAndTerms(segment) is ({ } town, var bracketed) && (placeWanted || StartsWithTown(draft.Location!, town)))
            {
                placeRead = true;
                place = placeWanted ? town : null;
                terms = bracketed is null ? terms : terms is null ? bracketed : $"{bracketed}, {terms}";
            }
            else
            {
                break;
            }

            end = dash;
        }

        if (end == title.Length || JobTitles.WordCount(title[..end]) == 0)
        {
            return draft;
        }

        var type = terms is not null && (draft.EmploymentType is null || (FieldLabels.StatesWorkload(terms) && !FieldLabels.StatesWorkload(draft.EmploymentType)))
            ? terms
            : draft.EmploymentType;
        return draft with { Title = title[..end].TrimEnd(), EmploymentType = type, Location = place ?? draft.Location };
    }

    /// <summary>A closing bracket of pay and terms ("Fahrer*in für den Begleitdienst (Minijob, 556 €/Monat)", "Recepcionista
    /// (medio tiempo, $1.300.000 mensuales)", "Caseworker ($22/hour)") is no part of the title: the title without it, its pay
    /// and terms filling what the draft left out. A bracket of terms alone ("Office manager (parttime)") stays.</summary>
    private static PostingDraft WithoutPayBracket(PostingDraft draft)
    {
        if (draft.Title is not { } title || !title.EndsWith(')') || title.LastIndexOf('(') is not (var open and > 0))
        {
            return draft;
        }

        var parts = title[(open + 1)..^1].Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(FieldLabels.HasMoney) && parts.All(p => FieldLabels.HasMoney(p) || IsTerms(p))
            && JobTitles.WordCount(title[..open]) > 0 && BracketedFacts.Of(parts) is { } facts
            ? facts.CompletedBy(draft with { Title = title[..open].TrimEnd() })
            : draft;
    }

    /// <summary>Whether the text is nothing but terms of the job: contracts, hours and shares of a week, one after
    /// another ("CDI", "Teilzeit", "30 Std./Woche", "4/5e", "0.6 FTE", "Full-time, fixed-term"). An intern's or a
    /// volunteer's word names the post itself ("Assistente jurídico(a) – estágio") and is no such term.</summary>
    public static bool IsTerms(string text)
    {
        var rest = text.AsSpan().Trim();
        if (rest.IsEmpty || FieldLabels.InternIn(text) is not null || JobTitles.IsVolunteerOnly(text) || PostKind().IsMatch(text))
        {
            return false;
        }

        while (!rest.IsEmpty)
        {
            var length = FieldLabels.EmploymentTypeLength(rest) is > 0 and var typeLength ? typeLength
                : FieldLabels.HoursLength(rest) is > 0 and var hoursLength ? hoursLength
                : FieldLabels.WorkShareLength(rest);
            if (length == 0)
            {
                return false;
            }

            rest = rest[length..].TrimStart(" ,;/·");
        }

        return true;
    }

    /// <summary>"Boston, MA (full-time)", "Napoli": a few words that read as a place, and the terms in a bracket after them.</summary>
    private static (string? Place, string? Terms) PlaceAndTerms(string segment)
    {
        var place = segment;
        string? terms = null;
        if (segment.EndsWith(')') && segment.LastIndexOf('(') is var open and > 0 && segment[(open + 1)..^1] is var inside && IsTerms(inside))
        {
            place = segment[..open].TrimEnd();
            terms = inside.Trim();
        }

        return JobTitles.WordCount(place) is > 0 and <= MaxPlaceWords && BlockFields.LooksLikePlace(place)
            && !JobTitles.HasRoleWord(place) && !JobTitles.LooksLikeOrganization(place) && !IsTerms(place) && !WorkAreas.NamesOnly(place)
            ? (place, terms)
            : default;
    }

    /// <summary>Whether a place names the town first ("Cali, Valle del Cauca", "Napoli (ibrido)") or is the town.</summary>
    private static bool StartsWithTown(string location, string town) =>
        location.StartsWith(town, StringComparison.OrdinalIgnoreCase)
        && (location.Length == town.Length || location[town.Length] is ',' || location.AsSpan(town.Length).StartsWith(" (", StringComparison.Ordinal));

    /// <summary>The last separator before <paramref name="end"/> and its width: a comma when what follows it is only terms
    /// outside any bracket ("…, 75 %"), else a spaced en or em dash; -1 without one.</summary>
    private static (int At, int Width) SeparatorBefore(string title, int end)
    {
        var before = title.AsSpan(0, end);
        var dash = Math.Max(before.LastIndexOf(" – ", StringComparison.Ordinal), before.LastIndexOf(" — ", StringComparison.Ordinal));
        var comma = before.LastIndexOf(", ", StringComparison.Ordinal);
        return comma > dash && title[(comma + 2)..end] is var segment && segment.IndexOfAny(Brackets) < 0 && IsTerms(segment)
            ? (comma, 2)
            : (dash, 3);
    }

    /// <summary>The kinds of post that are a post of their own rather than its terms: a French internship or work-study
    /// ("Stage", "Alternance", "Apprentissage"), a working student, an honorary post.</summary>
    [GeneratedRegex(@"^\s*(?:stage|alternance|apprentissage|werkstudent(?:in)?|ehrenamt(?:lich)?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PostKind();
}
