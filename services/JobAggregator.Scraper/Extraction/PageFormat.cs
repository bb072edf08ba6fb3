namespace JobAggregator.Scraper.Extraction;

public enum PageFormat
{
    Html,
    Json,

    /// <summary>XML, feeds (RSS, Atom) among them.</summary>
    Xml,
    Other,
}
