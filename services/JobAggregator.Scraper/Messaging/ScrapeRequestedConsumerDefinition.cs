using MassTransit;
using Microsoft.Extensions.Options;

namespace JobAggregator.Scraper.Messaging;

/// <summary>No message retry here: the HTTP client retries transient failures itself, and a failed run is reported as
/// ScrapeFailed rather than redelivered.</summary>
internal sealed class ScrapeRequestedConsumerDefinition : ConsumerDefinition<ScrapeRequestedConsumer>
{
    public ScrapeRequestedConsumerDefinition(IOptions<ScraperOptions> options)
    {
        ConcurrentMessageLimit = options.Value.ConcurrentScrapes;
    }
}
