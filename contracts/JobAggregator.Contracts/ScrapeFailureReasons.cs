namespace JobAggregator.Contracts;

/// <summary>The codes a <see cref="ScrapeFailed.Reason"/> starts with when fetching failed ("timeout: ..."), so the
/// store and operators can tell failures apart.</summary>
public static class ScrapeFailureReasons
{
    /// <summary>robots.txt forbids the page.</summary>
    public const string RobotsDisallowed = "robots-disallowed";

    /// <summary>The server answered an error status.</summary>
    public const string HttpStatus = "http-status";

    /// <summary>The response was larger than a page may be.</summary>
    public const string TooLarge = "too-large";

    /// <summary>The address is private, loopback or link-local, and the source is not allowed to reach it.</summary>
    public const string PrivateAddress = "private-address";

    public const string Timeout = "timeout";
    public const string TooManyRedirects = "too-many-redirects";
    public const string BadEncoding = "bad-encoding";
    public const string UnsupportedScheme = "unsupported-scheme";

    /// <summary>A page took longer to extract than <c>Scraper:MaxExtractSeconds</c> allows (markup built to be
    /// expensive, or far larger than a listing needs): the page is given up on rather than holding a worker.</summary>
    public const string TooComplex = "too-complex";

    /// <summary>The host could not be reached at all.</summary>
    public const string Unreachable = "unreachable";

    /// <summary>The scraper itself gave up on the run after its retries (the broker out of reach while it published,
    /// say); recorded by the store from the run's fault, since the scraper could not say so itself.</summary>
    public const string ScraperError = "scraper-error";
}
