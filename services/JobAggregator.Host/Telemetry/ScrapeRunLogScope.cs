using System.Diagnostics;
using JobAggregator.Contracts;
using MassTransit;

namespace JobAggregator.Host.Telemetry;

/// <summary>Puts the scrape run and source a message belongs to in the log scope of everything its consumer logs, and on
/// the bus's consume span, so one run's log lines and spans can be found together in every role.</summary>
internal sealed class ScrapeRunLogScope<T>(ILogger<ScrapeRunLogScope<T>> logger) : IFilter<ConsumeContext<T>>
    where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        if (RunOf(context.Message) is not { } run)
        {
            await next.Send(context);
            return;
        }

        Activity.Current?.SetTag(TelemetryTags.SourceId, run.SourceId).SetTag(TelemetryTags.ScrapeRunId, run.ScrapeRunId.ToString());
        using (logger.BeginScope(new ScrapeRunScopeState(run.ScrapeRunId, run.SourceId)))
        {
            await next.Send(context);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("scrapeRunLogScope");

    private static (string SourceId, Guid ScrapeRunId)? RunOf(T message) => message switch
    {
        ScrapeRequested m => (m.SourceId, m.ScrapeRunId),
        PostingScraped m => (m.SourceId, m.ScrapeRunId),
        PostingNormalized m => (m.SourceId, m.ScrapeRunId),
        ScrapeCompleted m => (m.SourceId, m.ScrapeRunId),
        ScrapeFailed m => (m.SourceId, m.ScrapeRunId),
        _ => null,
    };
}
