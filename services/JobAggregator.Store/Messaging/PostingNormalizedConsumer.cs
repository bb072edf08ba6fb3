using JobAggregator.Contracts;
using MassTransit;

namespace JobAggregator.Store.Messaging;

internal sealed class PostingNormalizedConsumer(IPostingStore store) : IConsumer<PostingNormalized>
{
    public Task Consume(ConsumeContext<PostingNormalized> context) => store.UpsertAsync(context.Message, context.CancellationToken);
}
