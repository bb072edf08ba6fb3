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
}
