using JobAggregator.Contracts;
using JobAggregator.Store.Telemetry;
using MassTransit;

namespace JobAggregator.Store.Messaging;

/// <summary>Records a run whose scraper gave up on it without reporting (its ScrapeRequested faulted) as a failed run,
/// so the source's health shows it and nothing of the source is closed.</summary>
internal sealed class ScrapeRequestedFaultConsumer(IPostingStore store) : IConsumer<Fault<ScrapeRequested>>
{
    public Task Consume(ConsumeContext<Fault<ScrapeRequested>> context)
    {
        var fault = context.Message;
        var exception = fault.Exceptions.FirstOrDefault();
        var failed = new ScrapeFailed(
            fault.Message.SourceId,
            fault.Message.ScrapeRunId,
            fault.Message.RequestedAt,
            fault.Timestamp,
            $"{ScrapeFailureReasons.ScraperError}: the scraper gave up on the run: "
                + (exception is null ? "no exception was reported" : $"{exception.ExceptionType}: {exception.Message}"),
            null,
            null);
        return StoreMetrics.MeasureWriteAsync(StoreMetrics.FailRun, () => store.FailRunAsync(failed, context.CancellationToken));
    }
}
