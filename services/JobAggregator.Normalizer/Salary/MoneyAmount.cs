namespace JobAggregator.Normalizer.Salary;

/// <summary>One amount found in salary text, where it stands, and the currency written beside it, if any.</summary>
internal sealed record MoneyAmount(decimal Value, bool InThousands, string? Currency, int Start, int End);
