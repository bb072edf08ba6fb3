using JobAggregator.Contracts;

namespace JobAggregator.Store;

/// <summary>The write side, used by the store role's consumers. Every operation is idempotent, so a redelivered
/// message changes nothing.</summary>
public interface IPostingStore
{
    /// <summary>Creates the schema and indexes if they are missing; safe to call any number of times.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>Inserts or refreshes a posting by its key; a changed content hash replaces the fields, sets
    /// <see cref="StoredPosting.Updated"/> and records a revision; a message older than the posting's last sighting
    /// changes nothing.</summary>
    Task UpsertAsync(PostingNormalized posting, CancellationToken ct);

    /// <summary>Records a successful run; closes the source's open postings it did not list, after one such run for an
    /// API or feed and two in a row for an HTML listing, unless it read nothing (not modified, or no keys at all);
    /// closes at once the postings whose detail page is gone; and closes every source's postings past their
    /// valid-through day.</summary>
    Task CompleteRunAsync(ScrapeCompleted run, CancellationToken ct);

    /// <summary>Records a failed run; closes nothing of its source, but still closes every source's postings past their
    /// valid-through day.</summary>
    Task FailRunAsync(ScrapeFailed run, CancellationToken ct);
}
