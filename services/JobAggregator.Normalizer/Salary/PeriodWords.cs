using System.Text.RegularExpressions;

namespace JobAggregator.Normalizer.Salary;

/// <summary>Finds the pay period an ad states in words, in English, Spanish, French, Italian and Dutch.</summary>
internal static partial class PeriodWords
{
    private static readonly (string Period, Regex Words)[] Stated =
    [
        (SalaryPeriods.Hour, HourWords()),
        (SalaryPeriods.Day, DayWords()),
        (SalaryPeriods.Week, WeekWords()),
        (SalaryPeriods.Month, MonthWords()),
        (SalaryPeriods.Year, YearWords()),
    ];

    /// <summary>The period stated nearest the amounts: the first one after them ("$20 per hour"), else the last one
    /// before them ("Hourly rate: $20"), else YEAR when the text only calls it a salary.</summary>
    /// <param name="text">Salary text with durations such as "2 years experience" already blanked out.</param>
    public static string? Find(string text, int amountsStart, int amountsEnd)
    {
        (string Period, int Index)? after = null;
        (string Period, int Index)? before = null;
        foreach (var (period, words) in Stated)
        {
            foreach (Match match in words.Matches(text))
            {
                if (match.Index >= amountsEnd)
                {
                    if (after is null || match.Index < after.Value.Index)
                    {
                        after = (period, match.Index);
                    }
                }
                else if (match.Index < amountsStart && (before is null || match.Index > before.Value.Index))
                {
                    before = (period, match.Index);
                }
            }
        }

        return after?.Period ?? before?.Period
            ?? (NetPayWords().IsMatch(text) ? SalaryPeriods.Month : SalaryWords().IsMatch(text) ? SalaryPeriods.Year : null);
    }

    /// <summary>The period a structured unit names in words of any language the ads are read in ("maand", "uur",
    /// "Monat"), or null.</summary>
    public static string? Named(string unit)
    {
        foreach (var (period, words) in Stated)
        {
            if (words.IsMatch(unit))
            {
                return period;
            }
        }

        return null;
    }

    /// <summary>Pay every two weeks or twice a month has no period of its own: none is given rather than a wrong one.
    /// </summary>
    public static bool IsIrregular(string text) => IrregularWords().IsMatch(text);

    /// <summary>Blanks out durations ("2+ years", "24-month", "40 hours") and counts of payments ("en 14 pagas", "su 13
    /// mensilità", "13 Monatsgehälter", Austria's "14x jährlich": how a year's pay is split) so they are read neither as amounts nor as pay periods.
    /// Blanking keeps every other character where it was.</summary>
    public static string BlankDurations(string text) =>
        Durations().Replace(text, match => new string(' ', match.Length));

    [GeneratedRegex(@"(?<![\p{L}])(?:hourly|hours?|/\s*hrs?|/\s*h|per\s+hrs?|an?\s+hr|(?<=\d)\s?hrs?|p/h|uur|heures?|horaires?|horas?|orari[oa]|ora|stunden?|stündlich|stundenlohn|godzin[ęay]?|godz|timmen?|timme|timen|timel[øo]nn?(?:en)?|timl[öo]n(?:en)?|hodinu|hod)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HourWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:daily|days?|/\s*d|per\s+diem|diari[oa]|d[ií]as?|jours?|journali[eè]re?|giorn(?:o|i|aliero)|dag|tag|täglich)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:weekly|weeks?|/\s*wk|wk|semanal|semanas?|semaines?|hebdomadaire|settiman(?:a|e|ale))(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekWords();

    // A Czech wage stated "gross" and nothing after ("28 000 Kč hrubého") is the month's, as Czech ads quote wages; an
    // hour's says so after it ("hrubého/hod.").
    // A German "Minijob" ("Minijob auf 538-Euro-Basis") and an Austrian "geringfügige" post are paid up to a monthly
    // limit the law sets: their amount is a month's.
    [GeneratedRegex(@"(?<![\p{L}])(?:monthly|months?|/\s*mo|/\s*mth|mth|mensual(?:es)?|mes(?:es)?|mois|mensuel(?:le)?|mes[ei]|mensil[ei]|maand(?:elijks)?|monat|monatlich|monatslohn|miesi[ęe]cznie|miesi[ąa]c|mies|mensal|mensais|m[êe]s|mån|månad(?:en)?|måned(?:en)?|månedlig|månadslön|månedsløn|měsíčně|měsíc|hrubého(?=\s*(?:[,.;)]|$))|minijobs?|geringf[üu]gig(?:e|er)?)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:yearly|years?|annual(?:ly)?|annum|yrs?|/\s*y|p\.\s?a\.|a[ñn]o|anual(?:es)?|par\s+an|/\s*an|annuel(?:le)?|ann[oiu]|annu[ao]|jaar(?:lijks)?|jahr|jährlich|jahreslohn|jahresgehalt|rocznie|anual|ano|år|årligt?|årslön|årsløn|ročně|rok)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:bi-?weekly|fortnight(?:ly)?|every\s+(?:two|2)\s+weeks|semi-?monthly|twice\s+(?:a|per)\s+month|bi-?monthly|quincenal|bimensuel|quindicinale|tweewekelijks)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IrregularWords();

    // Pay stated net ("$780.000 líquidos", "renta líquida", "R$ 3.200 líquido", "32 000 Kč čistého") is take-home pay,
    // which Chilean, Brazilian and Czech ads quote by the month; a period stated anywhere in the text comes first.
    [GeneratedRegex(@"(?<![\p{L}])(?:l[íi]quid[oa]s?|čist[éý]ho)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NetPayWords();

    [GeneratedRegex(@"(?<![\p{L}])(?:salary|salaried|salario|salaire|stipendio|salaris|sueldo|lön|løn|lønn|mzda|plat)(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SalaryWords();

    [GeneratedRegex(@"(?<![\p{L}\d.,])\d+(?:\s*\+)?\s*-?\s*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?|hours?|hrs?|a[ñn]os|meses|mois|ans|mesi|anni|jaar|maanden|semanas|semaines|settimane|horas|heures|ore|uur|stunden|pagas|pagos|mensualidades|mensilit[àa]|mensualit[ée]s|monatsgeh[äa]lter|payments|sal[áa]rios)(?![\p{L}])|(?<![\p{L}\d.,])1[2-5]\s*(?:x|×|-?mal)(?:\s+(?:j[äa]hrlich|im\s+jahr|pro\s+jahr))?(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Durations();
}
