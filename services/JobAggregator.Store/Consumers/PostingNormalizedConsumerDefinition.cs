using MassTransit;

namespace JobAggregator.Store.Consumers;

internal sealed class PostingNormalizedConsumerDefinition : ConsumerDefinition<PostingNormalizedConsumer>
{
    public PostingNormalizedConsumerDefinition()
    {
        // SQLite takes one writer at a time, so more would only queue on the store's write lock.
        ConcurrentMessageLimit = 1;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PostingNormalizedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(StoreRetry.Configure);
    }
}
