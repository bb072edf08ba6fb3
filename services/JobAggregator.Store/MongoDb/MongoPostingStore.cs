using System.Collections.Concurrent;
using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using JobAggregator.Store.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>The write side on MongoDB: reads the state the lifecycle rules decide on, and writes their decision. SQLite
/// serialises writers; here several store replicas write at once, so every read-then-write is made safe without a
/// transaction (a standalone server has none): each update names the <c>version</c> it read, and a posting another
/// write got to first is read and decided again; inserts that race settle on the unique <c>_id</c>.</summary>
internal sealed class MongoPostingStore(
    MongoStoreDatabase database, IOptions<StoreOptions> options, ILogger<MongoPostingStore> logger) : IPostingStore
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
        // Retired indexes first, so moving the content does not update them; the content before deriving, which reads
        // postings in the current shape.
        await DropRetiredIndexesAsync(ct);
        await MoveContentIntoSubdocumentAsync(ct);
        await database.Postings.Indexes.CreateManyAsync(MongoIndexes.Postings, ct);
        await database.Revisions.Indexes.CreateManyAsync(MongoIndexes.Revisions, ct);
        await database.Runs.Indexes.CreateManyAsync(MongoIndexes.Runs, ct);
        await DeriveOldPostingsAsync(ct);
        await MongoSourceSummaries.FillWhenMissingAsync(database, ct);
        logger.StoreReady(database.Name);
    }

    public async Task UpsertAsync(PostingNormalized posting, CancellationToken ct)
    {
        WriteFailure.ThrowIfIncomplete(posting);

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

    /// <summary>The batch's states read at once, then one unordered bulk write (<see cref="MongoPostingBatch"/>); what
    /// the bulk write could not settle (a revision, a key twice, an insert or a sighting another write got to first) is
    /// written alone by <see cref="UpsertAsync"/>, which decides it again, so nothing is written twice.</summary>
    public async Task<IReadOnlyList<Exception?>> UpsertBatchAsync(IReadOnlyList<PostingNormalized> postings, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(postings);
        var failures = new Exception?[postings.Count];
        var complete = new List<int>(postings.Count);
        for (var i = 0; i < postings.Count; i++)
        {
            failures[i] = WriteFailure.OfIncomplete(postings[i]);
            if (failures[i] is null)
            {
                complete.Add(i);
            }
        }

        var alone = new List<int>();
        try
        {
            var batch = complete.Select(i => postings[i]).ToList();
            foreach (var sourceId in batch.Select(p => p.SourceId).Distinct(StringComparer.Ordinal))
            {
                await EnsureSourceAsync(sourceId, ct);
            }

            var states = (await database.Postings
                    .Find(Builders<PostingDocument>.Filter.In(p => p.Id, batch.Select(p => p.PostingKey).Distinct(StringComparer.Ordinal)))
                    .Project<PostingStateDocument>(MongoPostingCommands.StateProjection)
                    .ToListAsync(ct))
                .ToDictionary(state => state.Id, StringComparer.Ordinal);
            var steps = MongoPostingBatch.Plan(batch, states);
            alone.AddRange(steps.Where(step => step.Alone).Select(step => complete[step.Index]));
            var bulk = steps.Where(step => step.Write is not null).ToList();
            var unsettled = await BulkWriteAsync(bulk, ct);
            alone.AddRange(unsettled.Select(index => complete[index]));

            var settled = steps.Where(step => !step.Alone && !unsettled.Contains(step.Index) && step.Recluster.Count > 0);
            foreach (var (at, organizations) in settled
                .GroupBy(step => MongoValues.Instant(batch[step.Index].ScrapedAt))
                .Select(group => (group.Key, group.SelectMany(step => step.Recluster).Distinct(StringComparer.Ordinal).ToList())))
            {
                await _openings.RecomputeAsync(organizations, at, ct);
            }
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            // Written or not, each is retried as a message, and decided again from what was stored.
            foreach (var i in complete)
            {
                failures[i] = failure;
            }

            return failures;
        }

        foreach (var i in alone)
        {
            var posting = postings[i];
            failures[i] = await WriteFailure.OfAsync(() => UpsertAsync(posting, ct));
        }

        return failures;
    }

    /// <returns>The places in the batch of the writes not settled: an insert of a key another write inserted first, every
    /// sighting when one of them matched nothing (the driver counts matches, not which).</returns>
    private async Task<HashSet<int>> BulkWriteAsync(List<MongoPostingBatch.Step> bulk, CancellationToken ct)
    {
        var unsettled = new HashSet<int>();
        if (bulk.Count == 0)
        {
            return unsettled;
        }

        var updates = bulk.Where(step => step.Write is UpdateOneModel<PostingDocument>).Select(step => step.Index).ToList();
        try
        {
            var result = await database.Postings.BulkWriteAsync(
                bulk.Select(step => step.Write!), new BulkWriteOptions { IsOrdered = false }, ct);
            if (result.MatchedCount < updates.Count)
            {
                unsettled.UnionWith(updates);
            }
        }
        catch (MongoBulkWriteException<PostingDocument> partly)
            when (partly.WriteErrors.All(error => error.Category == ServerErrorCategory.DuplicateKey) && partly.WriteConcernError is null)
        {
            unsettled.UnionWith(partly.WriteErrors.Select(error => bulk[error.Index].Index));
            if (partly.Result.MatchedCount < updates.Count)
            {
                unsettled.UnionWith(updates);
            }
        }

        return unsettled;
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

        var postings = await ReadStatesAsync(MongoPostingCommands.OfRunSource(run), ct);
        postings.AddRange(await ReadStatesAsync(MongoPostingCommands.ExpiredOn(PostingDates.DayOf(run.FinishedAt)), ct));
        var before = await database.Runs
            .Find(MongoPostingCommands.ReadingRunsBefore(run))
            .Sort(MongoPostingCommands.LatestFirst)
            .Limit(1)
            .FirstOrDefaultAsync(ct);
        var partialDrop = PartialDrop.Applies(run, before?.PostingsFound, options.Value.PartialDropRatio);
        var changes = await ApplyAsync(postings, states => RunClosing.Plan(run, states, partialDrop), run.ScrapeRunId, ct);
        await database.Postings.UpdateManyAsync(
            MongoPostingCommands.ListedNotSeenBy(run), MongoPostingCommands.ListedSeen(run), cancellationToken: ct);
        var closed = changes.Count(c => c.ClosedByListing);

        try
        {
            // A run that failed and was then retried to success under the same id ends up a success.
            await database.Runs.ReplaceOneAsync(
                MongoPostingCommands.RunNotYetSucceeded(run.ScrapeRunId),
                ScrapeRunDocument.Completed(run, closed, partialDrop),
                new ReplaceOptions { IsUpsert = true },
                ct);
        }
        catch (MongoWriteException e) when (e.WriteError?.Category == ServerErrorCategory.DuplicateKey)
        {
            // Another delivery of this run recorded its success first; the closing above found nothing left to do, as
            // each of its filters excludes what this run has done already.
            logger.RunAlreadyRecorded(run.ScrapeRunId, run.SourceId);
        }

        await MongoSourceSummaries.RefreshAsync(database, run.SourceId, ct);
        if (closed > 0)
        {
            logger.PostingsClosed(run.ScrapeRunId, run.SourceId, closed);
        }

        StoreMetrics.Closed(run.SourceId, closed);
        if (partialDrop)
        {
            logger.PartialDropKeptOpen(run.ScrapeRunId, run.SourceId, run.PostingKeys.Count, before?.PostingsFound ?? 0);
        }

        await _openings.RecomputeAsync(MovedOrganizations(changes), MongoValues.Instant(run.FinishedAt), ct);
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
        await MongoSourceSummaries.RefreshAsync(database, run.SourceId, ct);

        var postings = await ReadStatesAsync(MongoPostingCommands.ExpiredOn(PostingDates.DayOf(run.FailedAt)), ct);
        var changes = await ApplyAsync(postings, states => RunClosing.Plan(run, states), run.ScrapeRunId, ct);
        await _openings.RecomputeAsync(MovedOrganizations(changes), MongoValues.Instant(run.FailedAt), ct);
    }

    /// <summary>The organisations of the postings a run closed or reopened, whose openings change.</summary>
    private static HashSet<string> MovedOrganizations(IEnumerable<RunPostingChange> changes) =>
        changes.Where(c => c.Closing is not null || c.Reopens).Select(c => c.Before.OrganizationId).ToHashSet(StringComparer.Ordinal);

    private async Task<List<PostingStateDocument>> ReadStatesAsync(
        FilterDefinition<PostingDocument> filter, CancellationToken ct) =>
        await database.Postings
            .Find(filter)
            .Project<PostingStateDocument>(MongoPostingCommands.StateProjection)
            .ToListAsync(ct);

    /// <summary>Writes what <paramref name="plan"/> decides for <paramref name="postings"/>, each under the version it
    /// was read at; a posting another write changed in between is read again and decided again.</summary>
    /// <returns>The changes written.</returns>
    private async Task<List<RunPostingChange>> ApplyAsync(
        List<PostingStateDocument> postings,
        Func<IEnumerable<PostingLifecycleState>, IReadOnlyList<RunPostingChange>> plan,
        Guid scrapeRunId,
        CancellationToken ct)
    {
        var applied = new List<RunPostingChange>();
        for (var attempt = 1; attempt <= MaxUpsertAttempts; attempt++)
        {
            var read = postings.DistinctBy(p => p.Id, StringComparer.Ordinal).ToDictionary(p => p.Id, StringComparer.Ordinal);
            var stale = new List<string>();
            foreach (var change in plan(read.Values.Select(p => p.ToLifecycleState())))
            {
                var result = await database.Postings.UpdateOneAsync(
                    MongoPostingCommands.Unchanged(read[change.Before.Id]),
                    MongoPostingCommands.ApplyRunChange(change, scrapeRunId),
                    cancellationToken: ct);
                if (result.MatchedCount == 0)
                {
                    stale.Add(change.Before.Id);
                }
                else
                {
                    applied.Add(change);
                }
            }

            if (stale.Count == 0)
            {
                return applied;
            }

            postings = await ReadStatesAsync(Builders<PostingDocument>.Filter.In(p => p.Id, stale), ct);
        }

        throw new InvalidOperationException(
            $"Postings of run {scrapeRunId} kept changing while being closed; gave up after {MaxUpsertAttempts} attempts.");
    }

    /// <returns>Null when the posting changed between the read and the write, and the caller must try again; otherwise
    /// the organisations whose openings the write changed (none when it only moved the last sighting).</returns>
    private async Task<IReadOnlyCollection<string>?> TryUpsertAsync(PostingNormalized posting, DateTime at, CancellationToken ct)
    {
        var existing = await database.Postings
            .Find(MongoPostingCommands.PostingById(posting.PostingKey))
            .Project<PostingStateDocument>(MongoPostingCommands.StateProjection)
            .FirstOrDefaultAsync(ct);
        var decision = PostingLifecycle.Decide(existing?.ToLifecycleState(), posting);
        if (existing is null)
        {
            try
            {
                await database.Postings.InsertOneAsync(PostingDocument.Create(posting), cancellationToken: ct);
                return decision.ReclusterOrganizations;
            }
            catch (MongoWriteException e) when (e.WriteError?.Category == ServerErrorCategory.DuplicateKey)
            {
                return null;
            }
        }

        if (decision.Write == PostingWrite.IgnoreOlder)
        {
            return [];
        }

        if (decision.Write is PostingWrite.IgnoreRedelivery or PostingWrite.MarkSeen)
        {
            if (decision.Write == PostingWrite.MarkSeen)
            {
                var seen = await database.Postings.UpdateOneAsync(
                    MongoPostingCommands.Unchanged(existing), MongoPostingCommands.MarkSeen(at, decision), cancellationToken: ct);
                if (seen.MatchedCount == 0)
                {
                    return null;
                }
            }

            // A redelivery after a writer stopped before clustering the posting clusters it now.
            return decision.ReclusterOrganizations.Count == 0 && existing.NeverClustered
                ? [posting.Organization.Id]
                : decision.ReclusterOrganizations;
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
            MongoPostingCommands.ReplaceContent(PostingDocument.Create(posting, existing.FirstSeen), at, decision),
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

        return decision.ReclusterOrganizations;
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

    private async Task MoveContentIntoSubdocumentAsync(CancellationToken ct)
    {
        var moved = await database.Postings.UpdateManyAsync(
            MongoContentMigration.NotYetMoved, MongoContentMigration.MoveIntoContent, cancellationToken: ct);
        if (moved.ModifiedCount > 0)
        {
            logger.ContentMovedIntoSubdocument(moved.ModifiedCount);
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
