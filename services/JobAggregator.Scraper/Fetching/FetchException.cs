namespace JobAggregator.Scraper.Fetching;

/// <summary>A page could not be read; the message names the URL and what went wrong.</summary>
public sealed class FetchException(Uri url, string reason, int? httpStatus = null, Exception? inner = null)
    : Exception($"{url}: {reason}", inner)
{
    public Uri Url { get; } = url;
    public int? HttpStatus { get; } = httpStatus;
}
