using MassTransit;

namespace JobAggregator.Normalizer.Messaging;

/// <summary>The retry policy of both consumers of scraped postings: what may pass on a second try is retried; a posting
/// the normalizer rejects (an <see cref="ArgumentException"/>) is not, and goes straight to the error queue.</summary>
internal static class PostingScrapedRetry
{
    public static void Configure(IReceiveEndpointConfigurator endpoint) =>
        endpoint.UseMessageRetry(retry =>
        {
            retry.Intervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
            retry.Ignore<ArgumentException>();
        });
}
