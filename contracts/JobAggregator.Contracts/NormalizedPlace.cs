namespace JobAggregator.Contracts;

/// <param name="Country">ISO 3166-1 alpha-2.</param>
public sealed record NormalizedPlace(string? City, string? Region, string? Country);
