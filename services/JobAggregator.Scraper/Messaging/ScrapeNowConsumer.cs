using JobAggregator.Contracts;
using MassTransit;

namespace JobAggregator.Scraper.Messaging;

/// <summary>An operator's "scrape now", read from <see cref="ScrapeNowEndpoint"/>: the same run as a scheduled one, with
/// slots of its own, so it starts at once however many scheduled runs are waiting.</summary>
internal sealed class ScrapeNowConsumer(ScrapeRequestedConsumer scrape) : IConsumer<ScrapeRequested>
{
    public Task Consume(ConsumeContext<ScrapeRequested> context) => scrape.Consume(context);
}
