namespace JobAggregator.Store.Reading;

/// <summary>For one search, how many openings each value of each filter would give. Each facet applies every other
/// filter of the search but not its own, so its counts are what choosing one of its values would show. Values that give
/// no opening are left out; each list is ordered by count, highest first, then by label (or value) regardless of
/// case.</summary>
/// <param name="Organizations">By organisation id (as stored), labelled with its name.</param>
/// <param name="Countries">ISO 3166-1 alpha-2, upper case.</param>
/// <param name="Regions">As the postings spell them; spellings differing only in ASCII case count as one.</param>
/// <param name="Remote"><c>true</c> (remote or hybrid) and <c>false</c> (on site), the values of the remote filter.</param>
/// <param name="EmploymentTypes">schema.org values, upper case.</param>
/// <param name="Categories">Values of <see cref="Contracts.PostingCategories"/>; an opening counts under each of its own.
/// </param>
/// <param name="Languages">ISO 639-1, lower case.</param>
public sealed record JobFacets(
    IReadOnlyList<FacetCount> Organizations,
    IReadOnlyList<FacetCount> Countries,
    IReadOnlyList<FacetCount> Regions,
    IReadOnlyList<FacetCount> Remote,
    IReadOnlyList<FacetCount> EmploymentTypes,
    IReadOnlyList<FacetCount> Categories,
    IReadOnlyList<FacetCount> Languages)
{
    /// <summary>False when the counts stopped at <see cref="JobPage.CountLimit"/> postings of a search matching more, as
    /// totals do: each count is then a lower bound ("at least"), and a value none of the postings counted has is left
    /// out. True for the whole listing, whose counts the store keeps, and for any search matching fewer.</summary>
    public bool Exact { get; init; } = true;

    /// <summary>The order every store returns a facet's values in.</summary>
    internal static IReadOnlyList<FacetCount> Ordered(IEnumerable<FacetCount> counts) =>
        counts.Where(c => c.Count > 0 && c.Value.Length > 0).OrderByDescending(c => c.Count)
            .ThenBy(c => c.Label ?? c.Value, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
}
