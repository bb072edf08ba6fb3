using JobAggregator.Api.Sources;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using JobAggregator.Sources.Health;
using JobAggregator.Store;
using JobAggregator.Store.Operations;
using JobAggregator.Store.Reading;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Admin;

/// <summary>What the console and <c>/api/admin</c> both do: read the sources and their runs, and act on a source. Every
/// action is recorded (who, what, when) before it is answered.</summary>
internal sealed class ConsoleActions(
    SourceCatalog catalog,
    IPostingReader reader,
    IOperationsStore operations,
    StoreWriteHealth writes,
    IServiceProvider services,
    TimeProvider time,
    IOptions<SourceBackOffOptions> backOff,
    ILogger<ConsoleActions> logger)
{
    /// <summary>The runs a source's history shows.</summary>
    public const int HistoryLength = 50;

    public async Task<IReadOnlyList<AdminSourceItem>> SourcesAsync(CancellationToken ct)
    {
        var health = (await reader.GetSourceHealthAsync(ct)).ToDictionary(h => h.SourceId);
        var pauses = (await operations.GetPausesAsync(ct)).ToDictionary(p => p.SourceId);
        var items = new List<AdminSourceItem>(catalog.All.Count);
        foreach (var source in catalog.All)
        {
            var runs = await operations.GetRunsAsync(source.Id, HistoryLength, ct);
            items.Add(Item(source, health.GetValueOrDefault(source.Id), pauses.GetValueOrDefault(source.Id), runs));
        }

        return items;
    }

    public async Task<(AdminSourceItem Source, IReadOnlyList<RunRecord> Runs)?> SourceAsync(string sourceId, CancellationToken ct)
    {
        if (catalog.Find(sourceId) is not { } source)
        {
            return null;
        }

        var health = (await reader.GetSourceHealthAsync(ct)).FirstOrDefault(h => h.SourceId == source.Id);
        var pause = (await operations.GetPausesAsync(ct)).FirstOrDefault(p => p.SourceId == source.Id);
        var runs = await operations.GetRunsAsync(source.Id, HistoryLength, ct);
        return (Item(source, health, pause, runs), runs);
    }

    public Task<RunRecord?> RunAsync(Guid runId, CancellationToken ct) => operations.GetRunAsync(runId, ct);

    public Task<IReadOnlyList<OperatorAction>> ActionsAsync(int limit, CancellationToken ct) => operations.GetActionsAsync(limit, ct);

    /// <summary>Sends ScrapeRequested under a fresh run id to the scrapers' own queue for operators
    /// (<see cref="ScrapeNowEndpoint"/>), paused or not: an operator's explicit request, not queued behind scheduled runs.</summary>
    /// <returns>The run id; null when the source is not in the catalog.</returns>
    public async Task<Guid?> ScrapeAsync(string sourceId, string who, CancellationToken ct)
    {
        if (catalog.Find(sourceId) is not { } source)
        {
            return null;
        }

        var runId = Guid.NewGuid();
        var now = time.GetUtcNow();
        await operations.RecordAsync(new OperatorAction(now, who, "scrape", source.Id, $"run {runId:D}"), ct);
        var scrapers = await Bus().GetSendEndpoint(ScrapeNowEndpoint.Address);
        await scrapers.Send(new ScrapeRequested(source.Id, runId, now, $"operator {who}"), ct);
        logger.LogInformation("{Operator} asked for scrape {ScrapeRunId} of {SourceId}", who, runId, source.Id);
        return runId;
    }

    /// <returns>False when the source is not in the catalog.</returns>
    public async Task<bool> PauseAsync(string sourceId, string who, CancellationToken ct)
    {
        if (catalog.Find(sourceId) is not { } source)
        {
            return false;
        }

        var now = time.GetUtcNow();
        await operations.PauseAsync(new SourcePause(source.Id, who, now), ct);
        await operations.RecordAsync(new OperatorAction(now, who, "pause", source.Id, null), ct);
        await Bus().Publish(new SourcePaused(source.Id, who, now), ct);
        logger.LogInformation("{Operator} paused {SourceId}", who, source.Id);
        return true;
    }

    /// <returns>False when the source is not in the catalog.</returns>
    public async Task<bool> ResumeAsync(string sourceId, string who, CancellationToken ct)
    {
        if (catalog.Find(sourceId) is not { } source)
        {
            return false;
        }

        var now = time.GetUtcNow();
        await operations.ResumeAsync(source.Id, ct);
        await operations.RecordAsync(new OperatorAction(now, who, "resume", source.Id, null), ct);
        await Bus().Publish(new SourceResumed(source.Id, who, now), ct);
        logger.LogInformation("{Operator} resumed {SourceId}", who, source.Id);
        return true;
    }

    public Task RecordAsync(string who, string action, string target, string? detail, CancellationToken ct) =>
        operations.RecordAsync(new OperatorAction(time.GetUtcNow(), who, action, target, detail), ct);

    private AdminSourceItem Item(SourceDefinition source, SourceHealth? health, SourcePause? pause, IReadOnlyList<RunRecord> runs)
    {
        var succeeded = runs.Where(r => r.Ok).ToList();
        return new AdminSourceItem(
            SourceEndpoints.ToItem(source, health, backOff.Value.MaxBackoff, SourceEndpoints.StoreError(writes)),
            pause is not null,
            pause?.PausedBy,
            pause?.PausedAt,
            succeeded.FirstOrDefault(r => !r.NotModified)?.ExtractedBy,
            succeeded.Count == 0 ? null : (double)succeeded.Count(r => r.NotModified) / succeeded.Count,
            runs.Count);
    }

    // The bus of the process; the api role always runs on one (the Host adds it for every role).
    private IBus Bus() => services.GetService(typeof(IBus)) as IBus
        ?? throw new InvalidOperationException("The console's actions publish on the bus, and this process has none.");
}
