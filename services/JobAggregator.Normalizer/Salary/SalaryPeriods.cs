namespace JobAggregator.Normalizer.Salary;

/// <summary>The pay periods of <see cref="Contracts.NormalizedSalary.Period"/>, and how to recognise them.</summary>
internal static class SalaryPeriods
{
    public const string Hour = "HOUR";
    public const string Day = "DAY";
    public const string Week = "WEEK";
    public const string Month = "MONTH";
    public const string Year = "YEAR";

    /// <summary>A structured unit (schema.org unitText, or a loose variant such as "hourly", "annual", "per month", or a
    /// feed's own word in another language: "maand", "uur").</summary>
    public static string? FromUnitText(string? unitText)
    {
        var unit = unitText?.Trim().ToUpperInvariant().Replace('_', ' ').Replace('-', ' ');
        if (string.IsNullOrEmpty(unit))
        {
            return null;
        }

        if (unit.StartsWith("PER ", StringComparison.Ordinal))
        {
            unit = unit[4..].Trim();
        }

        return unit switch
        {
            "HOUR" or "HOURS" or "HOURLY" or "HR" or "H" => Hour,
            "DAY" or "DAYS" or "DAILY" or "DIEM" => Day,
            "WEEK" or "WEEKS" or "WEEKLY" or "WK" => Week,
            "MONTH" or "MONTHS" or "MONTHLY" or "MO" => Month,
            "YEAR" or "YEARS" or "YEARLY" or "ANNUAL" or "ANNUALLY" or "ANNUM" or "YR" or "ANNUAL SALARY" => Year,
            _ => PeriodWords.Named(unit),
        };
    }

    // What a person is plausibly paid per period, in US dollars: from a low part-time or stipend rate to a chief
    // executive's. Converted to other currencies with Currencies.UnitsPerDollar.
    private static readonly Dictionary<string, (decimal Min, decimal Max)> DollarBounds = new(StringComparer.Ordinal)
    {
        [Hour] = (3m, 1_000m),
        // A day's least is about eight of the least hours: an intern's "日薪 150元" is a day's pay.
        [Day] = (20m, 5_000m),
        [Week] = (150m, 25_000m),
        [Month] = (400m, 100_000m),
        [Year] = (4_000m, 2_000_000m),
    };

    /// <summary>How many of a period make a year: 2,080 working hours, 260 working days, 52 weeks, 12 months.</summary>
    public static decimal PerYear(string period) => period switch
    {
        Hour => 2_080m,
        Day => 260m,
        Week => 52m,
        Month => 12m,
        _ => 1m,
    };

    /// <summary>Whether an amount is plausible pay for the period in the currency. Without a currency the amount is
    /// taken to be in one worth about a dollar.</summary>
    public static bool IsPlausible(decimal amount, string period, string? currency)
    {
        var (min, max) = DollarBounds[period];
        var (low, high) = Currencies.UnitsPerDollar(currency);
        return amount >= min * low && amount <= max * high;
    }

    /// <summary>Whether an amount is plausible pay for any period at all: above the least hourly rate and below the
    /// largest yearly salary. A fund, a budget or a valuation is not.</summary>
    public static bool IsPay(decimal amount, string? currency) =>
        amount >= DollarBounds[Hour].Min * Currencies.UnitsPerDollar(currency).Low
        && amount <= DollarBounds[Year].Max * Currencies.UnitsPerDollar(currency).High;

    /// <summary>The period an amount most likely has when the ad states none.</summary>
    /// <remarks>Bounds chosen for the currencies the network pays in: nobody is paid 300 a year, nor 10,000 an hour.
    /// Between 300 and 1,000 a day and a week are equally likely, so no guess is made there; in currencies worth
    /// little per unit (ARS, TWD, ZAR, ...) a magnitude says nothing at all.</remarks>
    public static string? InferFromMagnitude(decimal amount, string? currency)
    {
        if (Currencies.IsLowValue(currency) || amount <= 0)
        {
            return null;
        }

        return amount switch
        {
            < 300 => Hour,
            < 1_000 => null,
            < 10_000 => Month,
            _ => Year,
        };
    }
}
