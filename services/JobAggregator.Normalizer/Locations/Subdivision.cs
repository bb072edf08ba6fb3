namespace JobAggregator.Normalizer.Locations;

/// <summary>A state, province or territory: its country (ISO 3166-1 alpha-2), its postal code and its name.</summary>
internal sealed record Subdivision(string Country, string Code, string Name);
