namespace JobAggregator.Scraper.Fetching;

/// <param name="Url">Where the body came from, after redirects.</param>
public sealed record FetchedPage(Uri Url, byte[] Body, string? ContentType);
