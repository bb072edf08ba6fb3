using JobAggregator.Contracts;
using MassTransit;

namespace JobAggregator.Store.Messaging;

internal sealed class ScrapeFailedConsumer(IPostingStore store) : IConsumer<ScrapeFailed>
{
    public Task Consume(ConsumeContext<ScrapeFailed> context) => store.FailRunAsync(context.Message, context.CancellationToken);
}
