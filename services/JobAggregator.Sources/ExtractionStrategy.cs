namespace JobAggregator.Sources;

public enum ExtractionStrategy
{
    /// <summary>Find the postings whatever built the page: a hiring tool's API, structured data, a feed, or the
    /// shape of the listing; configured selectors still win when given.</summary>
    Auto,

    /// <summary>CSS selectors from the sources file.</summary>
    Css,

    /// <summary>schema.org JobPosting in JSON-LD.</summary>
    JsonLd,
}
