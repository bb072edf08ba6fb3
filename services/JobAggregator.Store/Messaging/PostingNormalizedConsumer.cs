using JobAggregator.Contracts;
using JobAggregator.Store.Telemetry;
using MassTransit;

namespace JobAggregator.Store.Messaging;

internal sealed class PostingNormalizedConsumer(IPostingStore store, TimeProvider time) : IConsumer<PostingNormalized>
{
    public async Task Consume(ConsumeContext<PostingNormalized> context)
    {
        using var activity = StoreActivities.StartStorePosting(context.Message);
        await StoreMetrics.MeasureWriteAsync(StoreMetrics.Upsert, () => store.UpsertAsync(context.Message, context.CancellationToken));
        StoreMetrics.PostingStored(context.Message, time.GetUtcNow());
    }
}
