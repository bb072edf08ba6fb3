namespace JobAggregator.Normalizer.Employment;

/// <summary>How ads write a working week shorter than five days, which the scraper reads as the hours of a job and the
/// normaliser maps to part time: one pattern, linked into the scraper as the gazetteer is, so the two read the same
/// words.</summary>
internal static class WorkWeek
{
    /// <summary>Fewer than five days a week ("4 days a week", "3 Tage/Woche", "4 jours par semaine", "2,5 días a la
    /// semana", "4 dagen per week").</summary>
    /// <summary>The words a count of hours is written with ("16 uur", "20 Stunden", "30 hrs"), as an alternation.</summary>
    public const string HourUnits = @"stunden|std\.?|uur|ore|horas|heures|hours|hrs|godzin|timer|timmar";

    public const string FewerDaysPattern =
        @"(?<![\d.,])[1-4](?:[.,]5)?\s*(?:days?|tage|jours|d[íi]as|dagen|giorni|dias|dni)\s*(?:(?:a|per|pro|par|por|/|la|na|w|alla|in\s+der)\s*)?(?:(?:the|la|der)\s+)?(?:week|woche|semaine|semana|settimana|tydzie[ńn])(?![\p{L}])";
}
