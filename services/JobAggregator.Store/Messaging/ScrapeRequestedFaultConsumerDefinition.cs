using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Messaging;

internal sealed class ScrapeRequestedFaultConsumerDefinition(IOptions<StoreOptions> options)
    : StoreConsumerDefinition<ScrapeRequestedFaultConsumer>(options);
