namespace JobAggregator.Scraper.Fetching;

/// <summary>What kind of failure a <see cref="FetchException"/> reports, so callers can tell a page that is gone or
/// forbidden from a site that is down.</summary>
public enum FetchFailure
{
    /// <summary>No connection, a reset, a name that does not resolve, or a host whose circuit is open.</summary>
    Unreachable,
    Timeout,

    /// <summary>The server answered with a status that is not success, not a redirect and not 304.</summary>
    HttpStatus,

    /// <summary>The body, compressed or decompressed, is larger than the configured cap.</summary>
    TooLarge,

    /// <summary>The host's robots.txt disallows the URL, or could not be read (which disallows everything for a while).</summary>
    RobotsDisallowed,

    /// <summary>The URL's host is, or resolves to, a loopback, private, link-local or other non-public address and the
    /// request was not allowed to reach one.</summary>
    PrivateAddress,
    UnsupportedScheme,
    TooManyRedirects,

    /// <summary>The body is in a content encoding we did not ask for, or does not decompress.</summary>
    BadEncoding,

    /// <summary>The page was read but its extraction spent <see cref="ScraperOptions.MaxExtractSeconds"/>: markup that
    /// costs far more to read than a job listing should. Raised by the scraper, not by a fetcher.</summary>
    TooComplex,
}
