using JobAggregator.Store;
using JobAggregator.Store.Reading;

namespace JobAggregator.Api.Jobs;

/// <summary>For the search asked, how many openings each value of each filter would give, under the name of the filter's
/// parameter. Each list applies every other filter of the search but not its own; values that give none are left out.
/// </summary>
public sealed record JobFacetList(
    IReadOnlyList<JobFacetValue> Organization,
    IReadOnlyList<JobFacetValue> Country,
    IReadOnlyList<JobFacetValue> Region,
    IReadOnlyList<JobFacetValue> Remote,
    IReadOnlyList<JobFacetValue> EmploymentType,
    IReadOnlyList<JobFacetValue> Category,
    IReadOnlyList<JobFacetValue> Language)
{
    /// <summary>False when the search matches more than 10,000 openings and the counts stopped there, as totals do: each
    /// count is then "at least", and a value none of the counted openings has is left out.</summary>
    public bool Exact { get; init; } = true;

    public static JobFacetList From(JobFacets facets)
    {
        ArgumentNullException.ThrowIfNull(facets);
        return new JobFacetList(
            Values(facets.Organizations),
            Values(facets.Countries),
            Values(facets.Regions),
            Values(facets.Remote),
            Values(facets.EmploymentTypes),
            Values(facets.Categories),
            Values(facets.Languages))
        {
            Exact = facets.Exact,
        };
    }

    private static List<JobFacetValue> Values(IReadOnlyList<FacetCount> counts) =>
        counts.Select(c => new JobFacetValue(c.Value, c.Label, c.Count)).ToList();
}
