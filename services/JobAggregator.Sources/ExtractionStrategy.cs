namespace JobAggregator.Sources;

public enum ExtractionStrategy
{
    /// <summary>CSS selectors from the sources file.</summary>
    Css,

    /// <summary>schema.org JobPosting in JSON-LD.</summary>
    JsonLd,
}
