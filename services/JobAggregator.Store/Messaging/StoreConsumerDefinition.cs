using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

/// <summary>What every store consumer shares: <see cref="StoreRetry"/>, and as many messages at once as the database
/// allows. SQLite takes one writer at a time, so more would only queue on the store's write lock; MongoDB takes
/// concurrent writers, and the MongoDB store's writes are safe beside one another, so it takes
/// <see cref="MongoDbStoreOptions.ConcurrentMessages"/>.</summary>
internal abstract class StoreConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    protected StoreConsumerDefinition(IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = options.Value;
        ConcurrentMessageLimit = store.UsesMongoDb ? store.MongoDb.ConcurrentMessages : 1;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.UseMessageRetry(StoreRetry.Configure);
    }
}
