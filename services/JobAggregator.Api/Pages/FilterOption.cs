namespace JobAggregator.Api.Pages;

/// <summary>One choice of a filter on the page: the value sent, and the text shown with its count.</summary>
public sealed record FilterOption(string Value, string Text, bool Selected);
