namespace JobAggregator.Scraper.Fetching;

/// <param name="Url">Where the body came from, after redirects.</param>
public sealed record FetchedPage(Uri Url, byte[] Body, string? ContentType)
{
    public int StatusCode { get; init; } = 200;

    /// <summary>The server answered 304 to the validators given: the body is empty and the page is as it was.</summary>
    public bool NotModified { get; init; }

    /// <summary>The body's fingerprint, when <see cref="FetchOptions.Fingerprint"/> asked for one.</summary>
    public UInt128? Fingerprint { get; init; }

    /// <summary>The body had the fingerprint <see cref="BodyFingerprint.Known"/> and was not kept (the body is empty):
    /// how many bytes it had; null when the body is here.</summary>
    public long? KnownBodyBytes { get; init; }

    /// <summary>The body, when <see cref="FetchOptions.SpoolFromBytes"/> sent it to a temporary file because of its
    /// length (<see cref="Body"/> is then empty); null when the body is in memory.</summary>
    public SpooledBody? Spooled { get; init; }

    /// <summary>The body's length, wherever it is kept.</summary>
    public long BodyLength => Spooled?.Length ?? Body.Length;

    public string? ETag { get; init; }
    public DateTimeOffset? LastModified { get; init; }

    /// <summary>What to send next time to ask whether the page changed, or null when the server gave nothing.</summary>
    public PageValidators? Validators => ETag is null && LastModified is null ? null : new PageValidators(ETag, LastModified);
}
