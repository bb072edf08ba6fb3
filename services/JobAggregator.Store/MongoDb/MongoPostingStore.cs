using System.Collections.Concurrent;
using JobAggregator.Contracts;
using Microsoft.Extensions.Logging;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>The write side on MongoDB, with the SQLite store's semantics. SQLite serialises writers; here several store
/// replicas write at once, so every read-then-write is made safe without a transaction (a standalone server has none):
/// an upsert's update names the <c>version</c> it read and starts over if another write got there first, and inserts
/// that race settle on the unique <c>_id</c>.</summary>
internal sealed class MongoPostingStore(MongoStoreDatabase database, ILogger<MongoPostingStore> logger) : IPostingStore
{
    // Contention on one posting is two deliveries of it at once; a handful of rounds settles any real case, and the
    // consumer's retry policy takes over beyond.
    private const int MaxUpsertAttempts = 8;

    // Sources are never deleted, so one known to exist need not be written again by this process.
    private readonly ConcurrentDictionary<string, bool> _knownSources = new(StringComparer.Ordinal);

    public async Task InitializeAsync(CancellationToken ct)
    {
        await database.Postings.Indexes.CreateManyAsync(MongoIndexes.Postings, ct);
        await database.Revisions.Indexes.CreateManyAsync(MongoIndexes.Revisions, ct);
        await database.Runs.Indexes.CreateManyAsync(MongoIndexes.Runs, ct);
        logger.StoreReady(database.Name);
    }

    public async Task UpsertAsync(PostingNormalized posting, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(posting);
        ArgumentException.ThrowIfNullOrWhiteSpace(posting.PostingKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(posting.SourceId);
        ArgumentNullException.ThrowIfNull(posting.Organization);
        ArgumentNullException.ThrowIfNull(posting.Location);

        await EnsureSourceAsync(posting.SourceId, ct);

        var at = MongoValues.Instant(posting.ScrapedAt);
        for (var attempt = 1; attempt <= MaxUpsertAttempts; attempt++)
        {
            if (await TryUpsertAsync(posting, at, ct))
            {
                return;
            }

            logger.PostingChangedConcurrently(posting.PostingKey, attempt);
        }

        throw new InvalidOperationException(
            $"Posting {posting.PostingKey} kept changing while being written; gave up after {MaxUpsertAttempts} attempts.");
    }

    public async Task CompleteRunAsync(ScrapeCompleted run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.SourceId);
        ArgumentNullException.ThrowIfNull(run.PostingKeys);

        await EnsureSourceAsync(run.SourceId, ct);

        var recorded = await database.Runs.Find(MongoPostingCommands.RunById(run.ScrapeRunId)).FirstOrDefaultAsync(ct);
        if (recorded is { Ok: true })
        {
            logger.RunAlreadyRecorded(run.ScrapeRunId, run.SourceId);
            return;
        }

        // An empty extraction is more likely a broken page than a source with no openings, and a not-modified run read
        // nothing, so neither is trusted to close anything.
        var closed = 0;
        if (!run.NotModified && run.PostingKeys.Count > 0)
        {
            var result = await database.Postings.UpdateManyAsync(
                MongoPostingCommands.MissingFromRun(run),
                MongoPostingCommands.Close(run),
                cancellationToken: ct);
            closed = (int)result.ModifiedCount;
        }

        try
        {
            // A run that failed and was then retried to success under the same id ends up a success.
            await database.Runs.ReplaceOneAsync(
                MongoPostingCommands.RunNotYetSucceeded(run.ScrapeRunId),
                ScrapeRunDocument.Completed(run, closed),
                new ReplaceOptions { IsUpsert = true },
                ct);
        }
        catch (MongoWriteException e) when (e.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            // Another delivery of this run recorded its success first; closing again above found nothing left to close.
            logger.RunAlreadyRecorded(run.ScrapeRunId, run.SourceId);
            return;
        }

        if (closed > 0)
        {
            logger.PostingsClosed(run.ScrapeRunId, run.SourceId, closed);
        }
    }

    public async Task FailRunAsync(ScrapeFailed run, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentException.ThrowIfNullOrWhiteSpace(run.SourceId);

        await EnsureSourceAsync(run.SourceId, ct);
        await database.Runs.UpdateOneAsync(
            MongoPostingCommands.RunById(run.ScrapeRunId),
            MongoPostingCommands.RecordFailure(run),
            new UpdateOptions { IsUpsert = true },
            ct);
    }

    /// <returns>False when the posting changed between the read and the write, and the caller must try again.</returns>
    private async Task<bool> TryUpsertAsync(PostingNormalized posting, DateTime at, CancellationToken ct)
    {
        var existing = await database.Postings
            .Find(MongoPostingCommands.PostingById(posting.PostingKey))
            .Project<PostingStateDocument>(MongoPostingCommands.StateProjection)
            .FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            try
            {
                await database.Postings.InsertOneAsync(PostingDocument.Create(posting), cancellationToken: ct);
                return true;
            }
            catch (MongoWriteException e) when (e.WriteError?.Category == ServerErrorCategory.DuplicateKey)
            {
                return false;
            }
        }

        // The stored content is always that of the latest sighting, so an older message (a redelivery, or one that
        // waited in a queue) has nothing newer to say: it must neither roll content back nor reopen.
        if (at < existing.LastSeen)
        {
            return true;
        }

        // Reopen only on a sighting after the start of the run that closed it: a run's own late messages, or older
        // ones, were already taken into account when it closed the posting.
        var reopen = existing.Status == MongoValues.Closed
            && (existing.ClosedByRunStartedAt ?? existing.ClosedAt) is { } closedBy
            && at > closedBy;

        var changed = !string.Equals(existing.ContentHash, posting.ContentHash, StringComparison.Ordinal);
        var update = changed
            ? MongoPostingCommands.ReplaceContent(PostingDocument.Create(posting), at, reopen)
            : MongoPostingCommands.MarkSeen(at, reopen);
        var result = await database.Postings.UpdateOneAsync(MongoPostingCommands.Unchanged(existing), update, cancellationToken: ct);
        if (result.MatchedCount == 0)
        {
            return false;
        }

        // Without a transaction a crash right here loses this revision, never the posting's content: revisions are
        // history, the posting is the record.
        if (changed)
        {
            await database.Revisions.InsertOneAsync(MongoPostingCommands.Revision(existing, posting), cancellationToken: ct);
        }

        return true;
    }

    private async Task EnsureSourceAsync(string sourceId, CancellationToken ct)
    {
        if (_knownSources.ContainsKey(sourceId))
        {
            return;
        }

        try
        {
            await database.Sources.InsertOneAsync(new SourceDocument { Id = sourceId }, cancellationToken: ct);
        }
        catch (MongoWriteException e) when (e.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            // Recorded already, by an earlier message or another replica.
        }

        _knownSources.TryAdd(sourceId, true);
    }
}
