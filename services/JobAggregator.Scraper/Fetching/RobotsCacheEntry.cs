namespace JobAggregator.Scraper.Fetching;

internal sealed record RobotsCacheEntry(RobotsRules Rules, DateTimeOffset Expires);
