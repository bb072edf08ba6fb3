using JobAggregator.Contracts;
using JobAggregator.Store.Telemetry;
using MassTransit;

namespace JobAggregator.Store.Messaging;

internal sealed class ScrapeFailedConsumer(IPostingStore store) : IConsumer<ScrapeFailed>
{
    public Task Consume(ConsumeContext<ScrapeFailed> context) =>
        StoreMetrics.MeasureWriteAsync(StoreMetrics.FailRun, () => store.FailRunAsync(context.Message, context.CancellationToken));
}
