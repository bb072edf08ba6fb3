namespace JobAggregator.Scraper.Extraction.Structured;

internal static class StructuredText
{
    /// <summary>Properties whose value is what the element says, even when the element is a link.</summary>
    public static bool IsTextProperty(string property) =>
        property.Equals("title", StringComparison.OrdinalIgnoreCase)
        || property.Equals("name", StringComparison.OrdinalIgnoreCase)
        || property.Equals("description", StringComparison.OrdinalIgnoreCase)
        // An organisation written as a link to its site is named by the link's text.
        || property.Equals("hiringOrganization", StringComparison.OrdinalIgnoreCase);
}
