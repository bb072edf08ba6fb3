using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Messaging;

/// <summary>A run that fails to fetch or extract is reported as ScrapeFailed by the consumer itself. What escapes it (a
/// publish the broker did not confirm) is retried a few times, and a run that still fails faults, which the store
/// records as a failed run.</summary>
internal sealed class ScrapeRequestedConsumerDefinition : ConsumerDefinition<ScrapeRequestedConsumer>
{
    public ScrapeRequestedConsumerDefinition(IOptions<ScraperOptions> options)
    {
        ConcurrentMessageLimit = options.Value.ConcurrentScrapes;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScrapeRequestedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(retry =>
        {
            retry.Ignore<ArgumentException>();
            retry.Intervals(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15));
        });
    }
}
