namespace JobAggregator.Contracts;

/// <summary>Pay as a page states it in structured data (schema.org MonetaryAmount); free text goes in
/// <see cref="PostingScraped.SalaryText"/> instead.</summary>
public sealed record ScrapedSalary(
    decimal? Min,
    decimal? Max,
    string? Currency,
    string? UnitText);
