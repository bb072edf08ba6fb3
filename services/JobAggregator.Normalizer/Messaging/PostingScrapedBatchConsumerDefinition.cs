using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Normalizer.Messaging;

/// <summary>Scraped postings come to <see cref="PostingScrapedBatchConsumer"/> in batches of up to
/// <c>Normalizer:BatchMessageLimit</c>, or fewer once <c>Normalizer:BatchTimeLimitMilliseconds</c> has passed since the
/// first, from the same queue as <see cref="PostingScrapedConsumer"/>'s. The endpoint takes (and on RabbitMQ prefetches)
/// enough postings for <see cref="ConcurrentBatches"/> full batches. Retries as the one-at-a-time consumer: a posting the
/// normalizer rejects (an <see cref="ArgumentException"/>) goes straight to the error queue with its reason.</summary>
internal sealed class PostingScrapedBatchConsumerDefinition : ConsumerDefinition<PostingScrapedBatchConsumer>
{
    /// <summary>While one batch waits for its confirms, the next is normalised.</summary>
    public const int ConcurrentBatches = 2;

    private readonly NormalizerOptions _options;

    public PostingScrapedBatchConsumerDefinition(IOptions<NormalizerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        EndpointName = KebabCaseEndpointNameFormatter.Instance.Consumer<PostingScrapedConsumer>();
        ConcurrentMessageLimit = _options.BatchMessageLimit * ConcurrentBatches;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PostingScrapedBatchConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        PostingScrapedRetry.Configure(endpointConfigurator);

        // On RabbitMQ a batch fills only from postings the broker has sent ahead.
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, _options.BatchMessageLimit * ConcurrentBatches);
        consumerConfigurator.Options<BatchOptions>(batch => batch
            .SetMessageLimit(_options.BatchMessageLimit)
            .SetTimeLimit(TimeSpan.FromMilliseconds(_options.BatchTimeLimitMilliseconds))
            .SetConcurrencyLimit(ConcurrentBatches));
    }
}
