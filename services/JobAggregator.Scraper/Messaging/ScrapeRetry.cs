using MassTransit;

namespace JobAggregator.Scraper.Messaging;

/// <summary>A run that fails to fetch or extract is reported as ScrapeFailed by the consumer itself. What escapes it (a
/// publish the broker did not confirm) is retried a few times, and a run that still fails faults, which the store
/// records as a failed run.</summary>
internal static class ScrapeRetry
{
    public static void Configure(IReceiveEndpointConfigurator endpoint) =>
        endpoint.UseMessageRetry(retry =>
        {
            retry.Ignore<ArgumentException>();
            retry.Intervals(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15));
        });
}
