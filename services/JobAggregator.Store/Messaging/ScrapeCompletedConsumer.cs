using JobAggregator.Contracts;
using MassTransit;

namespace JobAggregator.Store.Messaging;

internal sealed class ScrapeCompletedConsumer(IPostingStore store) : IConsumer<ScrapeCompleted>
{
    public Task Consume(ConsumeContext<ScrapeCompleted> context) => store.CompleteRunAsync(context.Message, context.CancellationToken);
}
