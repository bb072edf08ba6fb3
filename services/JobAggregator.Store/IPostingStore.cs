using JobAggregator.Contracts;

namespace JobAggregator.Store;

/// <summary>The write side, used by the store role's consumers. Every operation is idempotent, so a redelivered
/// message changes nothing. The rules are decided once, by <see cref="Lifecycle.PostingLifecycle"/> and
/// <see cref="Lifecycle.RunClosing"/>; each store reads the state they need, applies their decision and writes it,
/// atomically per message.</summary>
public interface IPostingStore
{
    /// <summary>Creates the schema and indexes if they are missing; safe to call any number of times.</summary>
    Task InitializeAsync(CancellationToken ct);

    /// <summary>Inserts or refreshes a posting by its key, as <see cref="Lifecycle.PostingLifecycle.Decide"/> says.
    /// </summary>
    Task UpsertAsync(PostingNormalized posting, CancellationToken ct);

    /// <summary>Writes a batch of postings as <see cref="UpsertAsync"/> writes each, together where the database can
    /// (one SQLite transaction, one MongoDB bulk write), each posting still on its own: a posting that fails is not
    /// written and fails alone. Returns, in the batch's order, null for each posting stored and the failure of each
    /// that was not.</summary>
    async Task<IReadOnlyList<Exception?>> UpsertBatchAsync(IReadOnlyList<PostingNormalized> postings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(postings);

        // All started before any is awaited, so a store that commits queued writes together (SQLite) gets them at once.
        var writes = postings.Select(posting => WriteFailure.OfAsync(() => UpsertAsync(posting, ct))).ToList();
        return await Task.WhenAll(writes);
    }

    /// <summary>Records a successful run and closes what <see cref="Lifecycle.RunClosing"/> plans for it.</summary>
    Task CompleteRunAsync(ScrapeCompleted run, CancellationToken ct);

    /// <summary>Records a failed run; closes nothing of its source, but still closes every source's postings past their
    /// valid-through day (<see cref="Lifecycle.RunClosing"/>).</summary>
    Task FailRunAsync(ScrapeFailed run, CancellationToken ct);
}
