using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

internal sealed class ScrapeCompletedConsumerDefinition(IOptions<StoreOptions> options)
    : StoreConsumerDefinition<ScrapeCompletedConsumer>(options);
