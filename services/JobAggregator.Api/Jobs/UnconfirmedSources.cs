using JobAggregator.Sources;
using JobAggregator.Store.Reading;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Jobs;

/// <summary>The quarantined sources: failing for longer than <c>Sources:QuarantineAfterDays</c> since their last
/// successful run. Their open postings stay open, since nothing says they closed, but carry the date they were last
/// confirmed. Computed at read time from the source health the reader already caches by store version.</summary>
internal sealed class UnconfirmedSources(IPostingReader reader, TimeProvider time, IOptions<SourcesOptions> options)
{
    /// <summary>Each quarantined source's last successful run, by source id.</summary>
    public async Task<IReadOnlyDictionary<string, DateTimeOffset>> GetAsync(CancellationToken ct)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.QuarantineAfterDays);
        var health = await reader.GetSourceHealthAsync(ct);
        return health
            .Where(h => h.ConsecutiveFailures > 0 && h.LastSuccessAt < cutoff)
            .ToDictionary(h => h.SourceId, h => h.LastSuccessAt!.Value, StringComparer.Ordinal);
    }

    public async Task<JobItem> MarkAsync(JobItem job, CancellationToken ct) => Mark(job, await GetAsync(ct));

    public async Task<JobList> MarkAsync(JobList list, CancellationToken ct)
    {
        var unconfirmed = await GetAsync(ct);
        return unconfirmed.Count == 0 ? list : list with { Items = list.Items.Select(job => Mark(job, unconfirmed)).ToList() };
    }

    private static JobItem Mark(JobItem job, IReadOnlyDictionary<string, DateTimeOffset> unconfirmed) =>
        job.Status == "open" && unconfirmed.TryGetValue(job.SourceId, out var since) ? job with { SourceUnconfirmedSince = since } : job;
}
