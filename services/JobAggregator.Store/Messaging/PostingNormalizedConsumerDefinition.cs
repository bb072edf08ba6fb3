using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

/// <summary>Normalised postings come to <see cref="PostingNormalizedConsumer"/> in batches of up to
/// <c>Store:Batch:MessageLimit</c>, or fewer once <c>Store:Batch:TimeLimitMilliseconds</c> has passed since the first;
/// the endpoint takes (and on RabbitMQ prefetches) enough messages for <see cref="ConcurrentBatches"/> full batches.
/// </summary>
internal sealed class PostingNormalizedConsumerDefinition : StoreConsumerDefinition<PostingNormalizedConsumer>
{
    /// <summary>Batches written at once: on SQLite the next batch waits at the one writer while one commits, so the
    /// writer never waits for the bus.</summary>
    public const int ConcurrentBatches = 2;

    private readonly StoreBatchOptions _batch;

    public PostingNormalizedConsumerDefinition(IOptions<StoreOptions> options)
        : base(options)
    {
        _batch = options.Value.Batch;
        ConcurrentMessageLimit = _batch.MessageLimit * ConcurrentBatches;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PostingNormalizedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        base.ConfigureConsumer(endpointConfigurator, consumerConfigurator, context);

        // On RabbitMQ a batch fills only from messages the broker has sent ahead.
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, _batch.MessageLimit * ConcurrentBatches);
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(_batch.MessageLimit)
            .SetTimeLimit(TimeSpan.FromMilliseconds(_batch.TimeLimitMilliseconds))
            .SetConcurrencyLimit(ConcurrentBatches));
    }
}
