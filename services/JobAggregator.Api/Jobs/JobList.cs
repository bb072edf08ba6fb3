using System.Text.Json.Serialization;

namespace JobAggregator.Api.Jobs;

public sealed record JobList(IReadOnlyList<JobItem> Items, int Total, int Page, int PageSize)
{
    /// <summary>The facet counts of the search; only where they were asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JobFacetList? Facets { get; init; }
}
