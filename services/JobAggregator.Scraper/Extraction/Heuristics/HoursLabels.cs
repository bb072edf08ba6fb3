using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A label naming working hours gives the unit of a bare count after it ("Hours: 22.5 per week, Tuesday to
/// Thursday", "Arbeitszeit: 20 pro Woche", "Temps de travail : 24 par semaine", "Uren: 24 per week", "Horario: 20 por
/// semana", "Orario: 25 a settimana"): the count is read with that unit, as the normaliser reads a week's hours.</summary>
internal static partial class HoursLabels
{
    /// <summary>Each hours label the field labels know, and the unit of its count as the normaliser reads it.</summary>
    private static readonly Dictionary<string, string> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hours"] = "hours",
        ["uren"] = "uur",
        ["arbeidsduur"] = "uur",
        ["arbeitszeit"] = "Stunden",
        ["stundenausmaß"] = "Stunden",
        ["temps de travail"] = "heures",
        ["horario"] = "horas",
        ["horário"] = "horas",
        ["carga horária"] = "horas",
        ["orario"] = "ore",
    };

    /// <summary>The value with the label's unit after its leading count of hours a week; the value itself otherwise.</summary>
    public static string WithUnit(string label, string value) =>
        Units.TryGetValue(label.Trim(), out var unit) && BareWeeklyCount().Match(value) is { Success: true } count
            ? value.Insert(count.Length, " " + unit)
            : value;

    [GeneratedRegex(@"^\d{1,2}(?:[.,]\d{1,2})?(?=\s*(?:(?:per|a|pro|par|por|/|la|na|w)\s*)?(?:(?:the|la|der)\s+)?(?:week|woche|semaine|semana|settimana|tydzie[ńn])(?![\p{L}]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareWeeklyCount();
}
