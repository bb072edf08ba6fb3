namespace JobAggregator.Scraper.Fetching;

internal static class RetryAfter
{
    /// <summary>How long the response asks us to wait (Retry-After in seconds or as an HTTP date), or null when it does
    /// not say.</summary>
    public static TimeSpan? Of(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta > TimeSpan.Zero ? delta : TimeSpan.Zero,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };
}
