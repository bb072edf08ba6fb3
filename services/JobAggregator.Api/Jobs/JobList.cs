using System.Text.Json.Serialization;

namespace JobAggregator.Api.Jobs;

/// <param name="Total">Openings that match, counted up to 10,000: beyond, 10,000 with <see cref="TotalExact"/> false.
/// </param>
/// <param name="Page">The page by number; 1 on a page asked for by <c>cursor</c>.</param>
public sealed record JobList(IReadOnlyList<JobItem> Items, int Total, int Page, int PageSize)
{
    /// <summary>False when more openings match than <see cref="Total"/> says ("10,000 or more").</summary>
    public bool TotalExact { get; init; } = true;

    /// <summary>The <c>cursor</c> of the next page; absent on the last page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Next { get; init; }

    /// <summary>The address of the next page: this search with <see cref="Next"/> as its cursor; absent on the last
    /// page.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? NextUrl { get; init; }

    /// <summary>The facet counts of the search; only where they were asked for.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JobFacetList? Facets { get; init; }
}
