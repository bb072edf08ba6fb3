namespace JobAggregator.Api.Jobs;

/// <param name="Country">ISO 3166-1 alpha-2.</param>
public sealed record JobPlace(string? City, string? Region, string? Country);
