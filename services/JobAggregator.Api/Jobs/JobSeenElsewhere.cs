using JobAggregator.Store;
using JobAggregator.Store.Postings;

namespace JobAggregator.Api.Jobs;

/// <summary>Another place the same opening was picked up from.</summary>
public sealed record JobSeenElsewhere(string Id, string SourceId, string? Url, string Status)
{
    public static JobSeenElsewhere From(SeenElsewhere seen) =>
        new(seen.PostingId, seen.SourceId, seen.Url, JobStatus.Of(seen.Status));
}
