namespace JobAggregator.Scraper.Fetching;

/// <summary>A page could not be read; the message names the URL and what went wrong.</summary>
public sealed class FetchException : Exception
{
    public FetchException(Uri url, FetchFailure failure, string reason, int? httpStatus = null, Exception? inner = null)
        : base($"{url}: {reason}", inner)
    {
        Url = url;
        Failure = failure;
        Reason = reason;
        HttpStatus = httpStatus;
    }

    /// <summary>Kept for fetchers written before <see cref="FetchFailure"/>: a status makes it an HTTP status failure,
    /// no status an unreachable one.</summary>
    public FetchException(Uri url, string reason, int? httpStatus = null, Exception? inner = null)
        : this(url, httpStatus is null ? FetchFailure.Unreachable : FetchFailure.HttpStatus, reason, httpStatus, inner)
    {
    }

    public Uri Url { get; }
    public FetchFailure Failure { get; }

    /// <summary>What went wrong, without the URL.</summary>
    public string Reason { get; }

    public int? HttpStatus { get; }

    /// <summary>The server says the page no longer exists (404 Not Found, 410 Gone), as opposed to failing to serve
    /// it or refusing to.</summary>
    public bool PageIsGone => Failure == FetchFailure.HttpStatus && HttpStatus is 404 or 410;
}
