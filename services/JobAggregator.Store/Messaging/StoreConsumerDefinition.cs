using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

/// <summary>What every store consumer shares: <see cref="StoreRetry"/>, and several messages at once on both databases,
/// each written atomically and acknowledged only once it is stored (postings come in batches instead:
/// <see cref="PostingNormalizedConsumerDefinition"/>).
/// <list type="bullet">
/// <item>SQLite: <see cref="SqliteConcurrentMessages"/> messages at once, one writer. Each message's write queues on the
/// store's one writer (<c>SqliteDatabase.WriteAsync</c>), which applies the writes queued together in one transaction,
/// each in its own savepoint: a failing message is rolled back alone, and retried or faulted as ever, while the others
/// commit; each message returns (and is acknowledged) only after its batch committed.</item>
/// <item>MongoDB: <see cref="MongoDbStoreOptions.ConcurrentMessages"/> at once, each written by its own operations,
/// which are safe beside one another (as between replicas).</item>
/// </list></summary>
internal abstract class StoreConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
{
    /// <summary>Enough messages in hand for the SQLite writer to commit them in large batches: each commit flushes the
    /// full-text index's pending words and the clustering's reads, so a commit of a hundred postings costs far less than
    /// a hundred small ones.</summary>
    public const int SqliteConcurrentMessages = 128;

    protected StoreConsumerDefinition(IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var store = options.Value;
        ConcurrentMessageLimit = store.UsesMongoDb ? store.MongoDb.ConcurrentMessages : SqliteConcurrentMessages;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        StoreRetry.Configure(endpointConfigurator);
    }
}
