using System.Globalization;
using System.Text.RegularExpressions;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Pay stated as amounts in text an API gives (Greenhouse's pay-transparency block, a summary string).</summary>
internal static partial class PayRange
{
    /// <summary>Min and max from the first two amounts in <paramref name="amounts"/>, the currency from a code written
    /// beside them, the period from <paramref name="periodHint"/>; null without an amount.</summary>
    public static ScrapedSalary? FromAmounts(string amounts, string? periodHint)
    {
        var values = Amount().Matches(amounts)
            .Select(m => decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number,
                CultureInfo.InvariantCulture, out var d) ? d * (m.Groups["k"].Success ? 1000 : 1) : (decimal?)null)
            .OfType<decimal>()
            .Take(2)
            .ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var currency = CurrencyCode().Match(amounts) is { Success: true } code ? code.Value : null;
        return new ScrapedSalary(values[0], values.Count > 1 ? values[1] : values[0], currency, Period(periodHint ?? amounts));
    }

    /// <summary>HOUR, DAY, WEEK, MONTH or YEAR as a text names it ("Annual Pay Range", "Hourly", "1 YEAR", "per-hour-wage").</summary>
    public static string? Period(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        return lower switch
        {
            _ when lower.Contains("hour", StringComparison.Ordinal) => "HOUR",
            _ when lower.Contains("day", StringComparison.Ordinal) || lower.Contains("daily", StringComparison.Ordinal) => "DAY",
            _ when lower.Contains("week", StringComparison.Ordinal) => "WEEK",
            _ when lower.Contains("month", StringComparison.Ordinal) => "MONTH",
            _ when lower.Contains("year", StringComparison.Ordinal) || lower.Contains("annual", StringComparison.Ordinal)
                || lower.Contains("salary", StringComparison.Ordinal) => "YEAR",
            _ when HourWord().IsMatch(lower) => "HOUR",
            _ when MonthWord().IsMatch(lower) => "MONTH",
            _ when YearWord().IsMatch(lower) => "YEAR",
            _ => null,
        };
    }

    // The same periods as fields name them in the network's other languages ("Banda salarial anual", "Stundenlohn",
    // "Salaire mensuel"); whole words, so that "ora" in "coordinator" is no hour.
    [GeneratedRegex(@"\b(?:hora|horas|heure|horaire|stunde|stundenlohn|uur|uurloon|ora|oraria|orario)\b")]
    private static partial Regex HourWord();

    [GeneratedRegex(@"\b(?:mes|mensual|mois|mensuel(?:le)?|monat|monatlich|maand|maandelijks|mese|mensile|mês|mensal)\b")]
    private static partial Regex MonthWord();

    [GeneratedRegex(@"\b(?:anual|annuel(?:le)?|jährlich|jahr|jahresgehalt|jaar|jaarlijks|jaarsalaris|annuo|annua|ano)\b")]
    private static partial Regex YearWord();

    [GeneratedRegex(@"(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<k>[kK]\b)?")]
    private static partial Regex Amount();

    [GeneratedRegex(@"\b[A-Z]{3}\b")]
    private static partial Regex CurrencyCode();
}
