using MassTransit;

namespace JobAggregator.Store.Consumers;

internal sealed class ScrapeFailedConsumerDefinition : ConsumerDefinition<ScrapeFailedConsumer>
{
    public ScrapeFailedConsumerDefinition()
    {
        // SQLite takes one writer at a time, so more would only queue on the store's write lock.
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScrapeFailedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(StoreRetry.Configure);
    }
}
