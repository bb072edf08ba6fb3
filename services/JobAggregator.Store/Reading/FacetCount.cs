namespace JobAggregator.Store.Reading;

/// <param name="Value">What the filter takes to choose these openings.</param>
/// <param name="Label">How people name the value, when that is not the value itself (an organisation's name).</param>
public sealed record FacetCount(string Value, string? Label, int Count);
