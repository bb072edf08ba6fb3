namespace JobAggregator.Scraper.Fetching;

/// <summary>How one page is to be fetched.</summary>
public sealed record FetchOptions
{
    /// <summary>Public addresses only, no validators.</summary>
    public static FetchOptions Default { get; } = new();

    /// <summary>Lets the request connect to loopback, private, link-local and other non-public addresses (sample
    /// sites and tests); off for every source that does not say so.</summary>
    public bool AllowPrivateNetwork { get; init; }

    /// <summary>Sent as a POST with this body instead of a GET: only a hiring tool's list that its own board app asks for
    /// so. Validators are never sent with it, and its answer keeps none.</summary>
    public PostBody? Post { get; init; }

    /// <summary>Sent as If-None-Match: a 304 answer comes back as a page with <see cref="FetchedPage.NotModified"/>.</summary>
    public string? ETag { get; init; }

    /// <summary>Sent as If-Modified-Since.</summary>
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>Hash the body as it arrives (<see cref="FetchedPage.Fingerprint"/>), and keep no body whose fingerprint
    /// is the known one.</summary>
    public BodyFingerprint? Fingerprint { get; init; }

    /// <summary>A body longer than this is written to a temporary file as it arrives, within the same caps, and handed
    /// on as <see cref="FetchedPage.Spooled"/> instead of held in memory; null (the default) keeps every body in memory.</summary>
    public long? SpoolFromBytes { get; init; }

    /// <summary>These options with the validators remembered for the page, if any.</summary>
    public FetchOptions WithValidators(PageValidators? validators) =>
        this with { ETag = validators?.ETag, LastModified = validators?.LastModified };
}
