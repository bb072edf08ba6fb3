namespace JobAggregator.Contracts;

/// <param name="Currency">ISO 4217.</param>
/// <param name="Period">HOUR, DAY, WEEK, MONTH or YEAR.</param>
public sealed record NormalizedSalary(decimal? Min, decimal? Max, string? Currency, string? Period, string? Text);
