namespace JobAggregator.Scraper.Extraction.Structured;

/// <summary>A property's value: text (an attribute's value or the element's text), the element's inner HTML for rich
/// properties such as the description, or a nested item.</summary>
internal sealed record SchemaValue(string? Text, string? Html, SchemaItem? Item);
