using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Normalizer.Messaging;

/// <summary>Retries what may pass on a second try; a posting the normalizer rejects (an
/// <see cref="ArgumentException"/>) goes straight to the error queue with its reason.</summary>
internal sealed class PostingScrapedConsumerDefinition : ConsumerDefinition<PostingScrapedConsumer>
{
    public PostingScrapedConsumerDefinition(IOptions<NormalizerOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ConcurrentMessageLimit = options.Value.ConcurrentMessageLimit;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<PostingScrapedConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        PostingScrapedRetry.Configure(endpointConfigurator);

        // Hold the publish until the consumer has finished, so a retried attempt does not publish twice.
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
