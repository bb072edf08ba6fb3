using JobAggregator.Contracts;
using JobAggregator.Store.Telemetry;
using MassTransit;

namespace JobAggregator.Store.Messaging;

internal sealed class ScrapeCompletedConsumer(IPostingStore store) : IConsumer<ScrapeCompleted>
{
    public Task Consume(ConsumeContext<ScrapeCompleted> context) =>
        StoreMetrics.MeasureWriteAsync(StoreMetrics.CompleteRun, () => store.CompleteRunAsync(context.Message, context.CancellationToken));
}
