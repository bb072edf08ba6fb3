namespace JobAggregator.Normalizer.Salary;

/// <summary>The pay periods of <see cref="Contracts.NormalizedSalary.Period"/>, and how to recognise them.</summary>
internal static class SalaryPeriods
{
    public const string Hour = "HOUR";
    public const string Day = "DAY";
    public const string Week = "WEEK";
    public const string Month = "MONTH";
    public const string Year = "YEAR";

    /// <summary>A structured unit (schema.org unitText, or a loose variant such as "hourly", "annual", "per month").</summary>
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
            _ => null,
        };
    }

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
