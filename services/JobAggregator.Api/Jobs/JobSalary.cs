using JobAggregator.Contracts;

namespace JobAggregator.Api.Jobs;

/// <param name="Period">HOUR, DAY, WEEK, MONTH or YEAR.</param>
/// <param name="Text">The pay as the posting wrote it.</param>
/// <param name="AnnualMin">The pay as a yearly figure in the same currency, for comparing postings.</param>
public sealed record JobSalary(
    decimal? Min, decimal? Max, string? Currency, string? Period, string? Text, decimal? AnnualMin, decimal? AnnualMax)
{
    public static JobSalary? From(NormalizedSalary? salary) =>
        salary is null
            ? null
            : new(salary.Min, salary.Max, salary.Currency, salary.Period, salary.Text, salary.AnnualMin, salary.AnnualMax);
}
