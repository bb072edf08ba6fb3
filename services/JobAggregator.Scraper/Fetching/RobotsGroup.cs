namespace JobAggregator.Scraper.Fetching;

/// <summary>One group of a robots.txt while it is parsed: its user agents, then its rules.</summary>
internal sealed class RobotsGroup
{
    public List<string> Agents { get; } = [];
    public List<RobotsRule> Rules { get; } = [];
    public TimeSpan? CrawlDelay { get; set; }
}
