using JobAggregator.Contracts;
using MassTransit;

namespace JobAggregator.Scraper.Scheduling;

/// <summary>Tells the scheduler's <see cref="SourceBackOffTracker"/> how each run ended.</summary>
internal sealed class ScrapeOutcomeConsumer(SourceBackOffTracker tracker) : IConsumer<ScrapeFailed>, IConsumer<ScrapeCompleted>
{
    public Task Consume(ConsumeContext<ScrapeFailed> context)
    {
        tracker.RecordFailure(context.Message.SourceId, context.Message.FailedAt);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<ScrapeCompleted> context)
    {
        tracker.RecordSuccess(context.Message.SourceId, context.Message.FinishedAt);
        return Task.CompletedTask;
    }
}
