using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The fields found so far; the first value found for a field stays.</summary>
internal sealed partial class FoundFields
{
    /// <summary>Longer than a value that states only hours ("Teilzeit (30 Std./Woche)").</summary>
    private const int MaxHoursLength = 40;

    public string? Location { get; private set; }
    public string? EmploymentType { get; private set; }
    public string? Salary { get; private set; }
    public string? DatePosted { get; private set; }
    public string? ValidThrough { get; private set; }
    public string? Organization { get; private set; }

    /// <summary>Whether the field holds a value already, so that another would not be kept: a value not worth working
    /// out.</summary>
    public bool Has(FieldKind kind) => kind switch
    {
        FieldKind.Location => Location is not null,
        FieldKind.EmploymentType => EmploymentType is not null,
        FieldKind.Organization => Organization is not null,
        FieldKind.Salary => Salary is not null,
        FieldKind.DatePosted => DatePosted is not null,
        FieldKind.ValidThrough => ValidThrough is not null,
        _ => false,
    };

    /// <summary>A town read after a badge that said only where the work is done ("Zdalnie", "Remote"): the town, with
    /// the badge after it ("Kraków (Zdalnie)"); such a badge read after the town joins it the same way ("東京都千代田区
    /// (リモート可)"); otherwise as <see cref="Set"/>.</summary>
    public void SetPlace(string place)
    {
        if (Location is { } badge && IsRemoteBadge(badge) && !BlockFields.SaysRemote(place))
        {
            Location = $"{place} ({badge})";
            return;
        }

        if (Location is { } town && IsRemoteBadge(place) && !BlockFields.SaysRemote(town))
        {
            Location = $"{town} ({place})";
            return;
        }

        Set(FieldKind.Location, place);
    }

    private static bool IsRemoteBadge(string text) => !text.Contains(' ', StringComparison.Ordinal) && BlockFields.SaysRemote(text);

    public void Set(FieldKind kind, string? value)
    {
        if (Has(kind))
        {
            AddHours(kind, value);
            return;
        }

        var text = PlainText.Collapse(value);
        if (text is null)
        {
            return;
        }

        switch (kind)
        {
            case FieldKind.Location:
                Location ??= text;
                break;
            case FieldKind.EmploymentType:
                EmploymentType ??= text;
                break;
            case FieldKind.Organization:
                Organization ??= text;
                break;
            case FieldKind.Salary:
                Salary ??= text;
                break;
            // A date field that holds no digit is "Open until filled" or "Rolling": no date.
            case FieldKind.DatePosted when FieldLabels.HasDigit(text):
                DatePosted ??= text;
                break;
            case FieldKind.ValidThrough when FieldLabels.HasDigit(text) && !ClosingSentences.DatesReviewStart(text):
                ValidThrough ??= text;
                break;
        }
    }

    /// <summary>A contract's terms read first ("CDD 12 mois", "Temporal") say nothing of the hours a later short value
    /// states ("mi-temps", "Teilzeit", "4/5e temps"): both are kept, and the hours decide between full and part time.
    /// Hours read first ("Carga horaria: 20 horas semanales") are kept the same way beside the terms after them
    /// ("Modalidad: arrendamiento de servicios").</summary>
    private void AddHours(FieldKind kind, string? value)
    {
        if (kind != FieldKind.EmploymentType || EmploymentType is not { } first || PlainText.Collapse(value) is not { } second)
        {
            return;
        }

        if (second.Length <= MaxHoursLength && !FieldLabels.StatesWorkload(first) && FieldLabels.StatesWorkload(second))
        {
            EmploymentType = $"{first}, {second}";
        }
        else if (first.Length <= MaxHoursLength && FieldLabels.IsHoursOnly(first) && !FieldLabels.StatesWorkload(second))
        {
            EmploymentType = $"{second}, {first}";
        }
        else if (NamesNoContract(first) && !WayOfWorkingOnly().IsMatch(second))
        {
            // "Modalidad: presencial" then "Contratación: por honorarios": a label pages use for the contract as often as
            // for the place of work said only the latter, so the contract read later is kept beside it.
            EmploymentType = $"{first}, {second}";
        }
    }

    /// <summary>A way of working alone, or with the hours or schedule a later line added to it ("híbrida (3 días en
    /// oficina), lunes a viernes de 9 a 18 h"), naming no contract or kind of job yet.</summary>
    private static bool NamesNoContract(string terms)
    {
        var comma = terms.IndexOf(", ", StringComparison.Ordinal);
        if (comma < 0)
        {
            return WayOfWorkingOnly().IsMatch(terms);
        }

        var rest = terms[(comma + 2)..];
        return WayOfWorkingOnly().IsMatch(terms[..comma]) && FieldLabels.ContractIn(rest) is null && FieldLabels.EmploymentTypeLength(rest) == 0;
    }

    [GeneratedRegex(@"^(?:on[\s-]?site|in[\s-]office|presencial|presencialmente|remot[oa]|remote|h[íi]brid[oa]|ibrid[oa]|hybride?|t[ée]l[ée]travail|teletrabajo|in\s+presenza|en\s+pr[ée]sentiel|sur\s+site|vor\s+ort|op\s+locatie|op\s+afstand|zdalnie|stacjonarnie|hybrydowo)(?:\s*\([^()]*\))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WayOfWorkingOnly();

    /// <summary>The fields found, as a draft with nothing else.</summary>
    public PostingDraft AsDraft() => new()
    {
        Organization = Organization,
        Location = Location,
        EmploymentType = EmploymentType,
        SalaryText = Salary,
        DatePosted = DatePosted,
        ValidThrough = ValidThrough,
    };
}
