using JobAggregator.Contracts;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Scheduling;

/// <summary>Keeps the scheduler's <see cref="PausedSources"/> up to date. On a temporary endpoint of its own, so every
/// scheduler process hears every event.</summary>
internal sealed class SourcePauseConsumer(PausedSources paused, ILogger<SourcePauseConsumer> logger)
    : IConsumer<SourcePaused>, IConsumer<SourceResumed>
{
    public Task Consume(ConsumeContext<SourcePaused> context)
    {
        paused.Pause(context.Message.SourceId);
        logger.LogInformation("Source {SourceId} paused by {Operator}; the scheduler skips it", context.Message.SourceId, context.Message.PausedBy);
        return Task.CompletedTask;
    }

    public Task Consume(ConsumeContext<SourceResumed> context)
    {
        paused.Resume(context.Message.SourceId);
        logger.LogInformation("Source {SourceId} resumed by {Operator}", context.Message.SourceId, context.Message.ResumedBy);
        return Task.CompletedTask;
    }
}
