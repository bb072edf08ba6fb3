using System.Net;
using Polly;
using Polly.Timeout;

namespace JobAggregator.Scraper.Fetching;

/// <summary>What the resilience handler retries (and counts towards a host's circuit): timeouts, failed connections
/// and 5xx only. 429, and 503 with a Retry-After, are the fetcher's to honour with the wait the server asked for; a
/// refused private address is not going to change on a retry.</summary>
internal static class TransientFailures
{
    public static ValueTask<bool> ShouldRetry(Outcome<HttpResponseMessage> outcome) => ValueTask.FromResult(outcome switch
    {
        { Exception: HttpRequestException e } => Refusal(e) is null,
        { Exception: TimeoutRejectedException } => true,
        { Result: { } response } => IsRetryable(response),
        _ => false,
    });

    public static AddressRefusedException? Refusal(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is AddressRefusedException refused)
            {
                return refused;
            }
        }

        return null;
    }

    private static bool IsRetryable(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.RequestTimeout => true,
        HttpStatusCode.ServiceUnavailable => response.Headers.RetryAfter is null,
        HttpStatusCode.NotImplemented or HttpStatusCode.HttpVersionNotSupported => false,
        var status => (int)status >= 500,
    };
}
