using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Messaging;

/// <summary>The scheduled runs' queue, retried as <see cref="ScrapeRetry"/> says.</summary>
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
        ScrapeRetry.Configure(endpointConfigurator);
    }
}
