using JobAggregator.Store;
using JobAggregator.Store.Postings;

namespace JobAggregator.Api.Jobs;

/// <param name="Changed">What changed: title, location, salary, validThrough, description, ...</param>
public sealed record JobRevision(DateTimeOffset At, IReadOnlyList<string> Changed)
{
    public static JobRevision From(PostingRevision revision) => new(revision.At, revision.ChangedFields);
}
