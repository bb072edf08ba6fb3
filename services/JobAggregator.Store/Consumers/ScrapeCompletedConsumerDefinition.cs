using MassTransit;

namespace JobAggregator.Store.Consumers;

internal sealed class ScrapeCompletedConsumerDefinition : ConsumerDefinition<ScrapeCompletedConsumer>
{
    public ScrapeCompletedConsumerDefinition()
    {
        // SQLite takes one writer at a time, so more would only queue on the store's write lock.
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScrapeCompletedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(StoreRetry.Configure);
    }
}
