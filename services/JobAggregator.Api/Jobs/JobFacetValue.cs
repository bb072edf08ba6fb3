using System.Text.Json.Serialization;

namespace JobAggregator.Api.Jobs;

/// <param name="Value">What the filter's parameter takes to choose these openings.</param>
/// <param name="Label">The organisation's name; absent for the other filters, whose value names itself.</param>
/// <param name="Count">The openings the search would give with this value chosen.</param>
public sealed record JobFacetValue(
    string Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label,
    int Count);
