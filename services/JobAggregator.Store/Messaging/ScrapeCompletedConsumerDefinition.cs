using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

internal sealed class ScrapeCompletedConsumerDefinition : ConsumerDefinition<ScrapeCompletedConsumer>
{
    public ScrapeCompletedConsumerDefinition(IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ConcurrentMessageLimit = StoreConcurrency.MessageLimit(options.Value);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScrapeCompletedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(StoreRetry.Configure);
    }
}
