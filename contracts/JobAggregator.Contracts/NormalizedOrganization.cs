namespace JobAggregator.Contracts;

/// <param name="Id">A stable slug of the name.</param>
public sealed record NormalizedOrganization(string Id, string Name);
