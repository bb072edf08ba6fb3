using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

internal sealed class PostingNormalizedConsumerDefinition(IOptions<StoreOptions> options)
    : StoreConsumerDefinition<PostingNormalizedConsumer>(options);
