using JobAggregator.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Messaging;

/// <summary>The operators' queue: up to <see cref="ScraperOptions.ConcurrentScrapes"/> runs of its own, beside those
/// of the scheduled queue, and only what is sent to it: the scheduler's published requests are not bound here.</summary>
internal sealed class ScrapeNowConsumerDefinition : ConsumerDefinition<ScrapeNowConsumer>
{
    public ScrapeNowConsumerDefinition(IOptions<ScraperOptions> options)
    {
        EndpointName = ScrapeNowEndpoint.Name;
        ConcurrentMessageLimit = options.Value.ConcurrentScrapes;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScrapeNowConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.ConfigureConsumeTopology = false;
        ScrapeRetry.Configure(endpointConfigurator);
    }
}
