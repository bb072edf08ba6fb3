namespace JobAggregator.Normalizer.Locations;

/// <summary>A state, province or territory: its country (ISO 3166-1 alpha-2), its postal code and its name.</summary>
internal sealed record Subdivision(string Country, string Code, string Name)
{
    /// <summary>What a posting's region says: the code ("KY", "QC", "NH"), or the name where the ISO 3166-2 code is only
    /// digits (Austria's "9" is "Wien", Italy's "62" is "Lazio"), which tells a reader nothing.</summary>
    public string Shown { get; } = Code.All(char.IsAsciiDigit) ? Name : Code;
}
