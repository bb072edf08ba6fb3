using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

internal sealed class ScrapeFailedConsumerDefinition : ConsumerDefinition<ScrapeFailedConsumer>
{
    public ScrapeFailedConsumerDefinition(IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ConcurrentMessageLimit = StoreConcurrency.MessageLimit(options.Value);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScrapeFailedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(StoreRetry.Configure);
    }
}
