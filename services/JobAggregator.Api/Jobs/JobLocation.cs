using JobAggregator.Contracts;

namespace JobAggregator.Api.Jobs;

public sealed record JobLocation(string? Text, string? City, string? Region, string? Country, bool Remote)
{
    public static JobLocation From(NormalizedLocation location) =>
        new(location.Text, location.City, location.Region, location.Country, location.Remote);
}
