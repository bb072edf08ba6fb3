namespace JobAggregator.Normalizer.Locations;

/// <summary>A city of the gazetteer: its name as shown, its country (ISO 3166-1 alpha-2) and its region's code, if the
/// country's regions are known.</summary>
internal sealed record City(string Name, string Country, string? Region);
