namespace JobAggregator.Contracts;

/// <param name="Currency">ISO 4217.</param>
/// <param name="Period">HOUR, DAY, WEEK, MONTH or YEAR.</param>
public sealed record NormalizedSalary(decimal? Min, decimal? Max, string? Currency, string? Period, string? Text)
{
    /// <summary><see cref="Min"/> as a yearly figure in the same currency, for filtering and sorting.</summary>
    public decimal? AnnualMin { get; init; }

    /// <summary><see cref="Max"/> as a yearly figure in the same currency.</summary>
    public decimal? AnnualMax { get; init; }
}
