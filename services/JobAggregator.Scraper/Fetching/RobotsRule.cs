namespace JobAggregator.Scraper.Fetching;

/// <param name="Pattern">A path pattern, percent-encoding normalised, with <c>*</c> and a final <c>$</c> as wildcards.</param>
internal readonly record struct RobotsRule(string Pattern, bool Allow);
