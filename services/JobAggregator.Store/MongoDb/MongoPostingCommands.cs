using JobAggregator.Contracts;
using JobAggregator.Store.Lifecycle;
using MongoDB.Bson;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>Every filter, projection and update the write side sends, built without I/O so that tests can render them to
/// BSON and compare them with the documents they must be.</summary>
internal static class MongoPostingCommands
{
    private static FilterDefinitionBuilder<PostingDocument> PostingFilter => Builders<PostingDocument>.Filter;

    private static UpdateDefinitionBuilder<PostingDocument> PostingUpdate => Builders<PostingDocument>.Update;

    /// <summary>The fields of a stored posting the lifecycle rules decide on; never the content.</summary>
    public static ProjectionDefinition<PostingDocument> StateProjection { get; } = Builders<PostingDocument>.Projection
        .Include(p => p.SourceId)
        .Include(p => p.Content.Organization.Id)
        .Include(p => p.MissedRuns)
        .Include(p => p.MissedByRunId)
        .Include(p => p.Content.ContentHash)
        .Include(p => p.LastSeen)
        .Include(p => p.Status)
        .Include(p => p.ClosedAt)
        .Include(p => p.ClosedByRunStartedAt)
        .Include(p => p.Version)
        .Include(p => p.FirstSeen)
        .Include(p => p.Content.ValidThrough)
        .Include(p => p.Content.OpenUntilFilled)
        .Include(p => p.ClusterId);

    public static FilterDefinition<PostingDocument> PostingById(string key) => PostingFilter.Eq(p => p.Id, key);

    /// <summary>The posting as it was read: matches nothing once another write has changed it since, so a conditional
    /// update never acts on a state it did not see.</summary>
    public static FilterDefinition<PostingDocument> Unchanged(PostingStateDocument state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return PostingFilter.Eq(p => p.Id, state.Id) & PostingFilter.Eq(p => p.Version, state.Version);
    }

    /// <summary>A sighting with the same content: moves <c>lastSeen</c>, and starts the missed runs over and reopens or
    /// expires as <paramref name="decision"/> says.</summary>
    public static UpdateDefinition<PostingDocument> MarkSeen(DateTime at, PostingDecision decision) =>
        Versioned(WithSighting(PostingUpdate.Set(p => p.LastSeen, at), decision));

    /// <summary>A sighting with a changed content hash: replaces every element of <paramref name="content"/> (a
    /// <see cref="PostingDocument.Create"/> of the message with the stored first sighting) that is content or derived
    /// from it, sets <c>updated</c> and <c>lastSeen</c>, and starts the missed runs over and reopens or expires as
    /// <paramref name="decision"/> says. Key, source, first sighting, status and cluster stay: they are
    /// <see cref="NotReplacedByContent"/>; any other element, a content field added to the document included, is
    /// replaced.</summary>
    public static UpdateDefinition<PostingDocument> ReplaceContent(PostingDocument content, DateTime at, PostingDecision decision)
    {
        ArgumentNullException.ThrowIfNull(content);

        var replaced = new BsonDocument(content.ToBsonDocument().Where(element => !NotReplacedByContent.Contains(element.Name)));
        var update = PostingUpdate.Combine(
            new BsonDocumentUpdateDefinition<PostingDocument>(new BsonDocument("$set", replaced)),
            PostingUpdate.Set(p => p.Updated, at).Set(p => p.LastSeen, at));
        return Versioned(WithSighting(update, decision));
    }

    /// <summary>The elements of a <see cref="PostingDocument"/> that are the posting's identity, sightings, lifecycle or
    /// place in its opening, not its content.</summary>
    private static readonly HashSet<string> NotReplacedByContent = new(StringComparer.Ordinal)
    {
        "_id", "sourceId", "firstSeen", "lastSeen", "updated", "closedAt", "closedByRunStartedAt", "status", "version",
        "missedRuns", "missedByRunId", "closedReason", "clusterId", "primary", "clusterPosition", "clusterSize",
        "mergeReason",
    };

    /// <summary>What the closing of <paramref name="run"/> may change of its source, beside the postings that may have
    /// expired: the open postings it did not list, those it listed that are closed or have misses to forget, and those
    /// found gone. A listed open posting with no misses is only seen (<see cref="ListedSeen"/>), so a re-read of an
    /// unchanged listing reads none.</summary>
    public static FilterDefinition<PostingDocument> OfRunSource(ScrapeCompleted run)
    {
        ArgumentNullException.ThrowIfNull(run);

        var listed = run.PostingKeys.Distinct(StringComparer.Ordinal).ToList();
        return PostingFilter.Eq(p => p.SourceId, run.SourceId)
            & ((PostingFilter.Eq(p => p.Status, MongoValues.Open) & PostingFilter.Nin(p => p.Id, listed))
                | (PostingFilter.In(p => p.Id, listed) & (PostingFilter.Ne(p => p.Status, MongoValues.Open) | PostingFilter.Ne(p => p.MissedRuns, 0)))
                | PostingFilter.In(p => p.Id, run.GonePostingKeys.Distinct(StringComparer.Ordinal)));
    }

    /// <summary>What a run changes in one posting, under the version it was read at (see <see cref="Unchanged"/>).
    /// </summary>
    public static UpdateDefinition<PostingDocument> ApplyRunChange(RunPostingChange change, Guid scrapeRunId)
    {
        ArgumentNullException.ThrowIfNull(change);

        var update = PostingUpdate.Set(p => p.MissedRuns, change.MissedRuns);
        if (change.MissCounted)
        {
            update = update.Set(p => p.MissedByRunId, ScrapeRunDocument.IdOf(scrapeRunId));
        }

        return Versioned(
            change.Closing is { } closing ? WithClosing(update, closing)
            : change.Reopens ? WithReopening(update)
            : update);
    }

    /// <summary>The postings <paramref name="run"/> listed, not yet seen by it: a listing is a sighting of every posting
    /// it names, including those the scraper did not publish again because they did not change.</summary>
    public static FilterDefinition<PostingDocument> ListedNotSeenBy(ScrapeCompleted run)
    {
        ArgumentNullException.ThrowIfNull(run);

        return PostingFilter.Eq(p => p.SourceId, run.SourceId)
            & PostingFilter.In(p => p.Id, run.PostingKeys.Distinct(StringComparer.Ordinal))
            & PostingFilter.Lt(p => p.LastSeen, MongoValues.Instant(run.StartedAt));
    }

    /// <summary>Seen by <paramref name="run"/> (at its start, as its posting messages are): one update for the whole
    /// listing, with <see cref="ListedNotSeenBy"/>.</summary>
    public static UpdateDefinition<PostingDocument> ListedSeen(ScrapeCompleted run)
    {
        ArgumentNullException.ThrowIfNull(run);

        return Versioned(PostingUpdate.Set(p => p.LastSeen, MongoValues.Instant(run.StartedAt)).Set(p => p.MissedRuns, 0));
    }

    /// <summary>Open postings of every source whose closing date is before <paramref name="day"/>, unless open until
    /// filled: the postings that may have expired, narrowed by the index; <see cref="RunClosing"/> decides.</summary>
    public static FilterDefinition<PostingDocument> ExpiredOn(DateOnly day) =>
        PostingFilter.Eq(p => p.Status, MongoValues.Open)
        & PostingFilter.Lt(p => p.Content.ValidThrough, day)
        & PostingFilter.Ne(p => p.Content.OpenUntilFilled, true);

    /// <summary>Postings stored before the derived fields existed; the collection scan it takes runs once at start-up
    /// and finds nothing once they are filled.</summary>
    public static FilterDefinition<PostingDocument> NotYetDerived { get; } = PostingFilter.Exists(p => p.EffectivePosted, false);

    /// <summary>Fills the derived fields of a posting stored before they existed (<paramref name="posting"/> read, then
    /// <see cref="PostingDocument.Derive"/>d), alone in its cluster until the next clustering of its organisation; no
    /// version increment, as its content is unchanged.</summary>
    public static UpdateDefinition<PostingDocument> DerivedFields(PostingDocument posting)
    {
        ArgumentNullException.ThrowIfNull(posting);

        return PostingUpdate
            .Set(p => p.DatePostedSuspect, posting.DatePostedSuspect)
            .Set(p => p.EffectivePosted, posting.EffectivePosted)
            .Set(p => p.AnnualPay, posting.AnnualPay)
            .Set(p => p.ValidThroughOrLast, posting.ValidThroughOrLast)
            .Set(p => p.CountryLower, posting.CountryLower)
            .Set(p => p.LanguageLower, posting.LanguageLower)
            .Set(p => p.RemoteOrHybrid, posting.RemoteOrHybrid)
            .Set(p => p.Content.Categories, posting.Content.Categories)
            .Set(p => p.MissedRuns, posting.MissedRuns)
            .Set(p => p.ClusterId, posting.Id)
            .Set(p => p.Primary, true)
            .Set(p => p.ClusterPosition, 0)
            .Set(p => p.ClusterSize, 1);
    }

    /// <summary>The change from <paramref name="stored"/> to <paramref name="posting"/>, naming the fields that changed.
    /// </summary>
    public static PostingRevisionDocument Revision(PostingDocument stored, PostingNormalized posting)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(posting);

        return new PostingRevisionDocument
        {
            PostingId = stored.Id,
            At = MongoValues.Instant(posting.ScrapedAt),
            OldHash = stored.Content.ContentHash,
            NewHash = posting.ContentHash,
            ScrapeRunId = ScrapeRunDocument.IdOf(posting.ScrapeRunId),
            ChangedFields = [.. PostingChanges.Between(stored.Content, posting)],
        };
    }

    public static FilterDefinition<SourceDocument> SourceById(string sourceId) =>
        Builders<SourceDocument>.Filter.Eq(s => s.Id, sourceId);

    public static FilterDefinition<ScrapeRunDocument> RunById(Guid scrapeRunId) =>
        Builders<ScrapeRunDocument>.Filter.Eq(r => r.Id, ScrapeRunDocument.IdOf(scrapeRunId));

    /// <summary>The run, unless it is already recorded as a success: a replacement upserted with this filter turns a
    /// recorded failure into a success, and fails as a duplicate key rather than overwrite a success.</summary>
    public static FilterDefinition<ScrapeRunDocument> RunNotYetSucceeded(Guid scrapeRunId) =>
        RunById(scrapeRunId) & Builders<ScrapeRunDocument>.Filter.Ne(r => r.Ok, true);

    /// <summary>The baseline of <see cref="PartialDrop"/>: the source's earlier successful reading runs that listed
    /// anything, the latest first (<see cref="LatestFirst"/>), other than <paramref name="run"/> itself.</summary>
    public static FilterDefinition<ScrapeRunDocument> ReadingRunsBefore(ScrapeCompleted run)
    {
        ArgumentNullException.ThrowIfNull(run);

        var runs = Builders<ScrapeRunDocument>.Filter;
        return runs.Eq(r => r.SourceId, run.SourceId)
            & runs.Eq(r => r.Ok, true)
            & runs.Lt(r => r.StartedAt, MongoValues.Instant(run.StartedAt))
            & runs.Eq(r => r.NotModified, false)
            & runs.Gt(r => r.PostingsFound, 0)
            & runs.Ne(r => r.Id, ScrapeRunDocument.IdOf(run.ScrapeRunId));
    }

    public static SortDefinition<ScrapeRunDocument> LatestFirst { get; } = Builders<ScrapeRunDocument>.Sort.Descending(r => r.StartedAt);

    /// <summary>Upserted by run id: a redelivered failure, or one arriving after the same run succeeded, changes
    /// nothing.</summary>
    public static UpdateDefinition<ScrapeRunDocument> RecordFailure(ScrapeFailed run)
    {
        ArgumentNullException.ThrowIfNull(run);

        return Builders<ScrapeRunDocument>.Update
            .SetOnInsert(r => r.SourceId, run.SourceId)
            .SetOnInsert(r => r.StartedAt, MongoValues.Instant(run.StartedAt))
            .SetOnInsert(r => r.FinishedAt, MongoValues.Instant(run.FailedAt))
            .SetOnInsert(r => r.Ok, false)
            .SetOnInsert(r => r.NotModified, false)
            .SetOnInsert(r => r.PostingsFound, null)
            .SetOnInsert(r => r.PagesFetched, null)
            .SetOnInsert(r => r.ExtractedBy, null)
            .SetOnInsert(r => r.ClosedPostings, 0)
            .SetOnInsert(r => r.ListedByApiOrFeed, false)
            .SetOnInsert(r => r.GonePostings, 0)
            .SetOnInsert(r => r.NoPostingsReason, null)
            .SetOnInsert(r => r.Explanation, null)
            .SetOnInsert(r => r.Error, run.Reason)
            .SetOnInsert(r => r.HttpStatus, run.HttpStatus)
            .SetOnInsert(r => r.Url, run.Url);
    }

    private static UpdateDefinition<PostingDocument> WithSighting(
        UpdateDefinition<PostingDocument> update, PostingDecision decision)
    {
        if (decision.RestartsMissedRuns)
        {
            update = update.Set(p => p.MissedRuns, 0);
        }

        return decision.StatusChange == PostingStatusChange.Reopen
            ? WithReopening(update)
            : decision.Closing is { } closing ? WithClosing(update, closing) : update;
    }

    private static UpdateDefinition<PostingDocument> WithReopening(UpdateDefinition<PostingDocument> update) =>
        update
            .Set(p => p.Status, MongoValues.Open)
            .Set(p => p.ClosedReason, null)
            .Set(p => p.ClosedAt, null)
            .Set(p => p.ClosedByRunStartedAt, null);

    private static UpdateDefinition<PostingDocument> WithClosing(UpdateDefinition<PostingDocument> update, PostingClosing closing) =>
        update
            .Set(p => p.Status, MongoValues.Closed)
            .Set(p => p.ClosedReason, closing.Reason)
            .Set(p => p.ClosedAt, MongoValues.Instant(closing.At))
            .Set(p => p.ClosedByRunStartedAt, MongoValues.Instant(closing.ByRunStartedAt));

    private static UpdateDefinition<PostingDocument> Versioned(UpdateDefinition<PostingDocument> update) =>
        update.Inc(p => p.Version, 1L);
}
