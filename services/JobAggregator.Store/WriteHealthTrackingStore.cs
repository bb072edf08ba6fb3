using JobAggregator.Contracts;
using JobAggregator.Store.Messaging;

namespace JobAggregator.Store;

/// <summary>Reports every write's outcome to <see cref="StoreWriteHealth"/>, around whichever store is configured.</summary>
internal sealed class WriteHealthTrackingStore(IPostingStore inner, StoreWriteHealth health) : IPostingStore
{
    public IPostingStore Inner => inner;

    public Task InitializeAsync(CancellationToken ct) => TrackAsync(inner.InitializeAsync(ct));

    public Task UpsertAsync(PostingNormalized posting, CancellationToken ct) => TrackAsync(inner.UpsertAsync(posting, ct));

    public async Task<IReadOnlyList<Exception?>> UpsertBatchAsync(IReadOnlyList<PostingNormalized> postings, CancellationToken ct)
    {
        IReadOnlyList<Exception?> failures;
        try
        {
            failures = await inner.UpsertBatchAsync(postings, ct);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            health.Failed(failure);
            throw;
        }

        // An outage among the failures says the store cannot write, even if postings before it were written.
        if (failures.FirstOrDefault(failure => failure is not null && StoreOutages.IsOutage(failure)) is { } outage)
        {
            health.Failed(outage);
        }
        else if (failures.Any(failure => failure is null))
        {
            health.Succeeded();
        }

        return failures;
    }

    public Task CompleteRunAsync(ScrapeCompleted run, CancellationToken ct) => TrackAsync(inner.CompleteRunAsync(run, ct));

    public Task FailRunAsync(ScrapeFailed run, CancellationToken ct) => TrackAsync(inner.FailRunAsync(run, ct));

    private async Task TrackAsync(Task write)
    {
        try
        {
            await write;
            health.Succeeded();
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            health.Failed(failure);
            throw;
        }
    }
}
