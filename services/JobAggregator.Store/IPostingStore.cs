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

    /// <summary>Records a successful run and closes the source's open postings it did not list, unless it read
    /// nothing (not modified, or no keys at all).</summary>
    Task CompleteRunAsync(ScrapeCompleted run, CancellationToken ct);

    /// <summary>Records a failed run; closes nothing.</summary>
    Task FailRunAsync(ScrapeFailed run, CancellationToken ct);
}
