using JobAggregator.Contracts;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>Every filter, projection and update the write side sends, built without I/O so that tests can render them to
/// BSON and compare them with the documents they must be.</summary>
internal static class MongoPostingCommands
{
    private static FilterDefinitionBuilder<PostingDocument> PostingFilter => Builders<PostingDocument>.Filter;

    private static UpdateDefinitionBuilder<PostingDocument> PostingUpdate => Builders<PostingDocument>.Update;

    /// <summary>The fields of a stored posting an upsert decides on; never the description.</summary>
    public static ProjectionDefinition<PostingDocument> StateProjection { get; } = Builders<PostingDocument>.Projection
        .Include(p => p.ContentHash)
        .Include(p => p.LastSeen)
        .Include(p => p.Status)
        .Include(p => p.ClosedAt)
        .Include(p => p.ClosedByRunStartedAt)
        .Include(p => p.Version);

    public static FilterDefinition<PostingDocument> PostingById(string key) => PostingFilter.Eq(p => p.Id, key);

    /// <summary>The posting as it was read: matches nothing once another write has changed it since, so a conditional
    /// update never acts on a state it did not see.</summary>
    public static FilterDefinition<PostingDocument> Unchanged(PostingStateDocument state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return PostingFilter.Eq(p => p.Id, state.Id) & PostingFilter.Eq(p => p.Version, state.Version);
    }

    /// <summary>A sighting with the same content: moves <c>lastSeen</c> and reopens when told to.</summary>
    public static UpdateDefinition<PostingDocument> MarkSeen(DateTime at, bool reopen)
    {
        var update = PostingUpdate.Set(p => p.LastSeen, at);
        return Versioned(reopen ? Reopen(update) : update);
    }

    /// <summary>A sighting with a changed content hash: replaces every content field and its folded copies from
    /// <paramref name="content"/> (a <see cref="PostingDocument.Create"/> of the message), sets <c>updated</c> and
    /// <c>lastSeen</c>, and reopens when told to. Key, source, first sighting and status stay. A content field added to
    /// <see cref="PostingDocument"/> belongs here too.</summary>
    public static UpdateDefinition<PostingDocument> ReplaceContent(PostingDocument content, DateTime at, bool reopen)
    {
        ArgumentNullException.ThrowIfNull(content);

        var update = PostingUpdate
            .Set(p => p.Title, content.Title)
            .Set(p => p.Organization, content.Organization)
            .Set(p => p.Location, content.Location)
            .Set(p => p.EmploymentType, content.EmploymentType)
            .Set(p => p.Salary, content.Salary)
            .Set(p => p.DatePosted, content.DatePosted)
            .Set(p => p.ValidThrough, content.ValidThrough)
            .Set(p => p.DescriptionHtml, content.DescriptionHtml)
            .Set(p => p.DescriptionText, content.DescriptionText)
            .Set(p => p.Url, content.Url)
            .Set(p => p.ApplyUrl, content.ApplyUrl)
            .Set(p => p.ExtractedBy, content.ExtractedBy)
            .Set(p => p.ContentHash, content.ContentHash)
            .Set(p => p.OrganizationIdLower, content.OrganizationIdLower)
            .Set(p => p.OrganizationNameLower, content.OrganizationNameLower)
            .Set(p => p.LocationSearch, content.LocationSearch)
            .Set(p => p.EmploymentTypeLower, content.EmploymentTypeLower)
            .Set(p => p.SearchWords, content.SearchWords)
            .Set(p => p.Updated, at)
            .Set(p => p.LastSeen, at);
        return Versioned(reopen ? Reopen(update) : update);
    }

    /// <summary>The source's open postings that <paramref name="run"/> did not list and that were last seen before it
    /// started (a posting seen since was listed by a later run, or is newer than this one's view).</summary>
    public static FilterDefinition<PostingDocument> MissingFromRun(ScrapeCompleted run)
    {
        ArgumentNullException.ThrowIfNull(run);

        return PostingFilter.Eq(p => p.SourceId, run.SourceId)
            & PostingFilter.Eq(p => p.Status, MongoValues.Open)
            & PostingFilter.Lt(p => p.LastSeen, MongoValues.Instant(run.StartedAt))
            & PostingFilter.Nin(p => p.Id, run.PostingKeys.Distinct(StringComparer.Ordinal));
    }

    /// <summary>Closes when the run finished, remembering when it started for the reopen rule.</summary>
    public static UpdateDefinition<PostingDocument> Close(ScrapeCompleted run)
    {
        ArgumentNullException.ThrowIfNull(run);

        return Versioned(PostingUpdate
            .Set(p => p.Status, MongoValues.Closed)
            .Set(p => p.ClosedAt, MongoValues.Instant(run.FinishedAt))
            .Set(p => p.ClosedByRunStartedAt, MongoValues.Instant(run.StartedAt)));
    }

    public static PostingRevisionDocument Revision(PostingStateDocument state, PostingNormalized posting)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(posting);

        return new PostingRevisionDocument
        {
            PostingId = state.Id,
            At = MongoValues.Instant(posting.ScrapedAt),
            OldHash = state.ContentHash,
            NewHash = posting.ContentHash,
            ScrapeRunId = ScrapeRunDocument.IdOf(posting.ScrapeRunId),
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
            .SetOnInsert(r => r.Error, run.Reason)
            .SetOnInsert(r => r.HttpStatus, run.HttpStatus)
            .SetOnInsert(r => r.Url, run.Url);
    }

    private static UpdateDefinition<PostingDocument> Reopen(UpdateDefinition<PostingDocument> update) => update
        .Set(p => p.Status, MongoValues.Open)
        .Set(p => p.ClosedAt, null)
        .Set(p => p.ClosedByRunStartedAt, null);

    private static UpdateDefinition<PostingDocument> Versioned(UpdateDefinition<PostingDocument> update) =>
        update.Inc(p => p.Version, 1L);
}
