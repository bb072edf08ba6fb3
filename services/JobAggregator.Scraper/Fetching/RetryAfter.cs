namespace JobAggregator.Scraper.Fetching;

internal static class RetryAfter
{
    /// <summary>Longer than any bound we wait, and small enough to add to any date.</summary>
    private static readonly TimeSpan Forever = TimeSpan.FromDays(365 * 100);

    /// <summary>How long the response asks us to wait (Retry-After in seconds or as an HTTP date), or null when it does
    /// not say. A number of seconds too large for the typed header (99999999999) is a very long wait, not no wait.</summary>
    public static TimeSpan? Of(HttpResponseMessage response, DateTimeOffset now) => response.Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta > TimeSpan.Zero ? delta : TimeSpan.Zero,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => HugeSeconds(Raw(response)),
    };

    /// <summary>The header as sent, when it was sent, for a message about one we could not read.</summary>
    public static string? Raw(HttpResponseMessage response) =>
        response.Headers.NonValidated.TryGetValues("Retry-After", out var values) ? values.ToString() : null;

    private static TimeSpan? HugeSeconds(string? raw) =>
        raw is not null && raw.Trim() is { Length: > 0 } digits && digits.All(char.IsAsciiDigit) ? Forever : null;
}
