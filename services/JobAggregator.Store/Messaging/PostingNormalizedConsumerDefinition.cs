using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

internal sealed class PostingNormalizedConsumerDefinition : ConsumerDefinition<PostingNormalizedConsumer>
{
    public PostingNormalizedConsumerDefinition(IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ConcurrentMessageLimit = StoreConcurrency.MessageLimit(options.Value);
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PostingNormalizedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(StoreRetry.Configure);
    }
}
