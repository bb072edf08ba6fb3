namespace JobAggregator.Normalizer.Salary;

/// <summary>One amount found in salary text, where it stands, and the currency written beside it, if any.</summary>
/// <param name="Currency">The currency the marker names; null for a bare "$" with no country to say which dollar.</param>
/// <param name="Marked">A currency marker is written beside the amount, whether or not it names one currency.</param>
internal sealed record MoneyAmount(decimal Value, bool InThousands, string? Currency, bool Marked, int Start, int End);
