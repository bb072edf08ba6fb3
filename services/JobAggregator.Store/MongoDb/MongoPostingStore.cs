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

    // Postings stored before the derived fields existed are filled in batches of this many at start-up.
    private const int DeriveBatchSize = 500;

    // Sources are never deleted, so one known to exist need not be written again by this process.
    private readonly ConcurrentDictionary<string, bool> _knownSources = new(StringComparer.Ordinal);

    private readonly MongoOpenings _openings = new(database);

    public async Task InitializeAsync(CancellationToken ct)
    {
        await database.Postings.Indexes.CreateManyAsync(MongoIndexes.Postings, ct);
        await database.Revisions.Indexes.CreateManyAsync(MongoIndexes.Revisions, ct);
        await database.Runs.Indexes.CreateManyAsync(MongoIndexes.Runs, ct);
        await DropRetiredIndexesAsync(ct);
        await DeriveOldPostingsAsync(ct);
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
            if (await TryUpsertAsync(posting, at, ct) is { } reclusterOrganizations)
            {
                await _openings.RecomputeAsync(reclusterOrganizations, at, ct);
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
        ArgumentNullException.ThrowIfNull(run.GonePostingKeys);

        await EnsureSourceAsync(run.SourceId, ct);

        var recorded = await database.Runs.Find(MongoPostingCommands.RunById(run.ScrapeRunId)).FirstOrDefaultAsync(ct);
        if (recorded is { Ok: true })
        {
            logger.RunAlreadyRecorded(run.ScrapeRunId, run.SourceId);
            return;
        }

        var reclusterOrganizations = new HashSet<string>(StringComparer.Ordinal);
        var closed = 0;
        if (run.PostingKeys.Count > 0)
        {
            await database.Postings.UpdateManyAsync(
                MongoPostingCommands.ListedWithMissedRuns(run), MongoPostingCommands.ResetMissedRuns, cancellationToken: ct);
        }

        if (run.GonePostingKeys.Count > 0)
        {
            closed += await CloseAsync(
                MongoPostingCommands.GoneInRun(run), MongoPostingCommands.CloseGone(run), reclusterOrganizations, ct);
        }

        if (MissedRuns.CountAgainstUnlisted(run))
        {
            closed += await CloseAsync(
                MongoPostingCommands.MissingForTheLastTime(run), MongoPostingCommands.CloseMissing(run), reclusterOrganizations, ct);
            await database.Postings.UpdateManyAsync(
                MongoPostingCommands.MissingFromRun(run), MongoPostingCommands.CountMissedRun(run), cancellationToken: ct);
        }

        closed += await CloseExpiredAsync(run.FinishedAt, run.StartedAt, reclusterOrganizations, ct);

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
            // Another delivery of this run recorded its success first; the closing above found nothing left to do, as
            // each of its filters excludes what this run has done already.
            logger.RunAlreadyRecorded(run.ScrapeRunId, run.SourceId);
        }

        if (closed > 0)
        {
            logger.PostingsClosed(run.ScrapeRunId, run.SourceId, closed);
        }

        await _openings.RecomputeAsync(reclusterOrganizations, MongoValues.Instant(run.FinishedAt), ct);
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

        var reclusterOrganizations = new HashSet<string>(StringComparer.Ordinal);
        await CloseExpiredAsync(run.FailedAt, run.StartedAt, reclusterOrganizations, ct);
        await _openings.RecomputeAsync(reclusterOrganizations, MongoValues.Instant(run.FailedAt), ct);
    }

    /// <summary>Closes every source's postings past their closing date on the day of <paramref name="at"/>.</summary>
    private Task<int> CloseExpiredAsync(
        DateTimeOffset at, DateTimeOffset startedAt, HashSet<string> reclusterOrganizations, CancellationToken ct) =>
        CloseAsync(
            MongoPostingCommands.ExpiredOn(PostingDates.DayOf(at)),
            MongoPostingCommands.CloseExpired(at, startedAt),
            reclusterOrganizations,
            ct);

    /// <summary>Closes what <paramref name="filter"/> matches, and notes the organisations whose openings that changes.
    /// </summary>
    /// <remarks>The organisations are read before the update, so a posting another replica changes in between may be
    /// closed without its organisation noted, or noted without being closed: either way the openings are recomputed
    /// from what is stored, by this write or the other one, so nothing is lost but a redundant recomputation.</remarks>
    private async Task<int> CloseAsync(
        FilterDefinition<PostingDocument> filter,
        UpdateDefinition<PostingDocument> close,
        HashSet<string> reclusterOrganizations,
        CancellationToken ct)
    {
        var organizations = await (await database.Postings.DistinctAsync(p => p.Organization.Id, filter, cancellationToken: ct)).ToListAsync(ct);
        if (organizations.Count == 0)
        {
            return 0;
        }

        var result = await database.Postings.UpdateManyAsync(filter, close, cancellationToken: ct);
        reclusterOrganizations.UnionWith(organizations);
        return (int)result.ModifiedCount;
    }

    /// <returns>Null when the posting changed between the read and the write, and the caller must try again; otherwise
    /// the organisations whose openings the write changed (none when it only moved the last sighting).</returns>
    private async Task<IReadOnlyCollection<string>?> TryUpsertAsync(PostingNormalized posting, DateTime at, CancellationToken ct)
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
                return [posting.Organization.Id];
            }
            catch (MongoWriteException e) when (e.WriteError?.Category == ServerErrorCategory.DuplicateKey)
            {
                return null;
            }
        }

        // The stored content is always that of the latest sighting, so an older message (a redelivery, or one that
        // waited in a queue) has nothing newer to say: it must neither roll content back nor reopen.
        if (at < existing.LastSeen)
        {
            return [];
        }

        var changed = !string.Equals(existing.ContentHash, posting.ContentHash, StringComparison.Ordinal);
        var content = changed ? PostingDocument.Create(posting, existing.FirstSeen) : null;
        var expired = content?.IsExpiredAt(at)
            ?? PostingDates.IsExpired(MongoValues.ParseDate(existing.ValidThrough), existing.OpenUntilFilled, posting.ScrapedAt);

        // Reopen only on a sighting after the start of the run that closed it: a run's own late messages, or older
        // ones, were already taken into account when it closed the posting. A posting still past its closing date stays
        // closed.
        var change = existing.Status == MongoValues.Closed
            ? !expired && (existing.ClosedByRunStartedAt ?? existing.ClosedAt) is { } closedBy && at > closedBy
                ? PostingStatusChange.Reopen
                : PostingStatusChange.None
            : expired ? PostingStatusChange.Expire : PostingStatusChange.None;

        if (content is null)
        {
            // The same message delivered again is no new sighting: it must not start the missed runs over.
            if (at == existing.LastSeen && change == PostingStatusChange.None)
            {
                return existing.NeverClustered ? [posting.Organization.Id] : [];
            }

            var seen = await database.Postings.UpdateOneAsync(
                MongoPostingCommands.Unchanged(existing), MongoPostingCommands.MarkSeen(at, change), cancellationToken: ct);
            if (seen.MatchedCount == 0)
            {
                return null;
            }

            // A redelivery after a writer stopped before clustering the posting clusters it now.
            return change == PostingStatusChange.None && !existing.NeverClustered ? [] : [posting.Organization.Id];
        }

        // The whole stored posting, for what changed; read under the version of the state read, so a write in between
        // sends the upsert round again.
        var stored = await database.Postings
            .Find(MongoPostingCommands.Unchanged(existing))
            .FirstOrDefaultAsync(ct);
        if (stored is null)
        {
            return null;
        }

        var result = await database.Postings.UpdateOneAsync(
            MongoPostingCommands.Unchanged(existing),
            MongoPostingCommands.ReplaceContent(content, at, change),
            cancellationToken: ct);
        if (result.MatchedCount == 0)
        {
            return null;
        }

        // Without a transaction a crash right here loses this revision, never the posting's content: revisions are
        // history, the posting is the record.
        await database.Revisions.InsertOneAsync(
            MongoPostingCommands.Revision(stored, posting),
            cancellationToken: ct);

        return stored.Organization.Id == posting.Organization.Id
            ? [posting.Organization.Id]
            : [stored.Organization.Id, posting.Organization.Id];
    }

    private async Task DropRetiredIndexesAsync(CancellationToken ct)
    {
        foreach (var name in MongoIndexes.RetiredPostingIndexes)
        {
            try
            {
                await database.Postings.Indexes.DropOneAsync(name, ct);
            }
            catch (MongoCommandException e) when (e.CodeName is "IndexNotFound" or "NamespaceNotFound")
            {
                // Dropped already, by an earlier start or another replica, or never made.
            }
        }
    }

    /// <summary>Fills the derived fields of postings written by an earlier version, so the new filters and sorts find
    /// them. Each update is conditional on the fields still missing, so replicas starting together write each once.
    /// </summary>
    private async Task DeriveOldPostingsAsync(CancellationToken ct)
    {
        using var cursor = await database.Postings.FindAsync(
            MongoPostingCommands.NotYetDerived,
            new FindOptions<PostingDocument> { BatchSize = DeriveBatchSize },
            ct);
        var derived = 0;
        while (await cursor.MoveNextAsync(ct))
        {
            var updates = cursor.Current.Select(posting =>
            {
                posting.Derive();
                return new UpdateOneModel<PostingDocument>(
                    MongoPostingCommands.PostingById(posting.Id) & MongoPostingCommands.NotYetDerived,
                    MongoPostingCommands.DerivedFields(posting));
            }).ToList();
            if (updates.Count > 0)
            {
                await database.Postings.BulkWriteAsync(updates, new BulkWriteOptions { IsOrdered = false }, ct);
                derived += updates.Count;
            }
        }

        if (derived > 0)
        {
            logger.OldPostingsDerived(derived);
        }
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
