using JobAggregator.Contracts;

namespace JobAggregator.Api.Jobs;

/// <param name="Country">ISO 3166-1 alpha-2.</param>
/// <param name="OtherPlaces">Further places of a posting that names several.</param>
public sealed record JobLocation(
    string? Text,
    string? City,
    string? Region,
    string? Country,
    bool Remote,
    bool Hybrid,
    IReadOnlyList<JobPlace> OtherPlaces)
{
    public static JobLocation From(NormalizedLocation location) => new(
        location.Text,
        location.City,
        location.Region,
        location.Country,
        location.Remote,
        location.Hybrid,
        location.OtherPlaces.Select(place => new JobPlace(place.City, place.Region, place.Country)).ToList());

    /// <summary>City, region and country as a reader is told them: a city-state's region, its own name, not said twice
    /// ("Wien, AT", not "Wien, Wien, AT").</summary>
    public IEnumerable<string> PlaceParts()
    {
        var region = string.Equals(Region, City, StringComparison.OrdinalIgnoreCase) ? null : Region;
        return new[] { City, region, Country }.Where(part => !string.IsNullOrEmpty(part)).Select(part => part!);
    }
}
