using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

internal sealed class ScrapeFailedConsumerDefinition(IOptions<StoreOptions> options)
    : StoreConsumerDefinition<ScrapeFailedConsumer>(options);
