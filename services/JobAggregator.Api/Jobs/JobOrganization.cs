using JobAggregator.Contracts;

namespace JobAggregator.Api.Jobs;

public sealed record JobOrganization(string Id, string Name)
{
    public static JobOrganization From(NormalizedOrganization organization) => new(organization.Id, organization.Name);
}
