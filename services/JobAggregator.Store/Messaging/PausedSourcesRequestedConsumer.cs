using JobAggregator.Contracts;
using JobAggregator.Store.Operations;
using MassTransit;

namespace JobAggregator.Store.Messaging;

/// <summary>Tells a starting scheduler which sources operators have paused: the store keeps the record, the scheduler
/// (which in distributed mode has no store) asks for it.</summary>
internal sealed class PausedSourcesRequestedConsumer(IOperationsStore store) : IConsumer<PausedSourcesRequested>
{
    public async Task Consume(ConsumeContext<PausedSourcesRequested> context)
    {
        var pauses = await store.GetPausesAsync(context.CancellationToken);
        await context.RespondAsync(new PausedSourcesListed(pauses.Select(p => p.SourceId).ToList()));
    }
}
