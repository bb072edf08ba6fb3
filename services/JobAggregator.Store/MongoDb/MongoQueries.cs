using MongoDB.Bson;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>Every filter, sort and pipeline the read side sends, built without I/O so that tests can render them to BSON
/// and compare them with the documents they must be.</summary>
internal static class MongoQueries
{
    private static FilterDefinitionBuilder<PostingDocument> Filter => Builders<PostingDocument>.Filter;

    /// <summary>Date posted, newest first and unknown last (null sorts lowest, so last when descending), then first
    /// sighting, newest first, then key: the order of the SQLite store, and of the status-first index.</summary>
    public static SortDefinition<PostingDocument> DefaultSort { get; } = Builders<PostingDocument>.Sort
        .Descending(p => p.DatePosted)
        .Descending(p => p.FirstSeen)
        .Ascending(p => p.Id);

    /// <summary>The postings a <see cref="JobQuery"/> asks for; every filter left blank is left out.</summary>
    /// <remarks>
    /// Text search matches the folded words of what was typed against <c>searchWords</c>: every word but the last whole,
    /// the last as a prefix (an anchored, escaped regular expression, which the <c>searchWords</c> index answers as a
    /// range). That is SQLite's FTS5 behaviour exactly. MongoDB's own <c>$text</c> was not used: it matches whole
    /// stemmed words only, never a prefix, so "engin" would not find "Engineer" while the user types.
    /// </remarks>
    public static FilterDefinition<PostingDocument> Search(JobQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);

        var clauses = new List<FilterDefinition<PostingDocument>>
        {
            // With closed postings too, the status is still named, so the planner can merge the index's open and closed
            // runs in sort order instead of sorting every match in memory.
            query.IncludeClosed
                ? Filter.In(p => p.Status, [MongoValues.Open, MongoValues.Closed])
                : Filter.Eq(p => p.Status, MongoValues.Open),
        };

        var words = SearchWords.Query(query.Text);
        if (words.Count > 0)
        {
            clauses.AddRange(words.Take(words.Count - 1).Select(word => Filter.AnyEq(p => p.SearchWords, word)));
            clauses.Add(Filter.Regex(p => p.SearchWords, new BsonRegularExpression("^" + MongoValues.RegexLiteral(words[^1]))));
        }

        if (!string.IsNullOrWhiteSpace(query.Organization))
        {
            var organization = MongoValues.Fold(query.Organization);
            clauses.Add(Filter.Eq(p => p.OrganizationIdLower, organization) | Filter.Eq(p => p.OrganizationNameLower, organization));
        }

        if (!string.IsNullOrWhiteSpace(query.Location))
        {
            // Escaped, so what a person types (% _ . *) stays plain characters, as SQLite's instr() does.
            clauses.Add(Filter.Regex(
                p => p.LocationSearch,
                new BsonRegularExpression(MongoValues.RegexLiteral(MongoValues.Fold(query.Location)))));
        }

        if (!string.IsNullOrWhiteSpace(query.EmploymentType))
        {
            clauses.Add(Filter.Eq(p => p.EmploymentTypeLower, query.EmploymentType.Trim().ToLowerInvariant()));
        }

        return Filter.And(clauses);
    }

    /// <summary>Each source's open postings.</summary>
    public static PipelineDefinition<PostingDocument, SourcePostingCount> OpenPostingsBySource { get; } =
        PipelineDefinition<PostingDocument, SourcePostingCount>.Create(
        [
            BsonDocument.Parse("""{ "$match": { "status": "open" } }"""),
            BsonDocument.Parse("""{ "$group": { "_id": "$sourceId", "count": { "$sum": 1 } } }"""),
        ]);

    /// <summary>What each source's runs say, the same figures as the SQLite store's: latest end of any run, of a success
    /// and of a failure (with its error); failed runs started after the latest successful start; postings listed by the
    /// latest success that read the source (not-modified runs read nothing); start and end of the latest run.</summary>
    /// <remarks>
    /// <c>$max</c> skips nulls, so a <c>$cond</c> that yields null picks the runs a figure counts. Taking the
    /// <c>$max</c> of a small document whose first field is the instant picks the latest run's other field with it
    /// (documents compare field by field). Every figure is derived from the runs, so runs recorded out of order still
    /// give the right health.
    /// </remarks>
    public static PipelineDefinition<ScrapeRunDocument, SourceRunSummary> SourceRunSummaries { get; } =
        PipelineDefinition<ScrapeRunDocument, SourceRunSummary>.Create(
        [
            BsonDocument.Parse("""
                { "$group": {
                    "_id": "$sourceId",
                    "lastRunAt": { "$max": "$finishedAt" },
                    "lastSuccessAt": { "$max": { "$cond": ["$ok", "$finishedAt", null] } },
                    "lastSuccessStartedAt": { "$max": { "$cond": ["$ok", "$startedAt", null] } },
                    "lastFailure": { "$max": { "$cond": ["$ok", null, { "finishedAt": "$finishedAt", "error": "$error" }] } },
                    "latestReading": { "$max": { "$cond": [
                        { "$and": ["$ok", { "$not": ["$notModified"] }] },
                        { "startedAt": "$startedAt", "postingsFound": "$postingsFound" },
                        null] } },
                    "latestRun": { "$max": { "startedAt": "$startedAt", "finishedAt": "$finishedAt" } } } }
                """),
            // A source that never succeeded has a null start, which every date is greater than.
            BsonDocument.Parse("""
                { "$lookup": {
                    "from": "scrape_runs",
                    "let": { "sourceId": "$_id", "since": "$lastSuccessStartedAt" },
                    "pipeline": [
                        { "$match": { "$expr": { "$and": [
                            { "$eq": ["$sourceId", "$$sourceId"] },
                            { "$eq": ["$ok", false] },
                            { "$gt": ["$startedAt", "$$since"] }] } } },
                        { "$count": "count" }],
                    "as": "failuresSinceSuccess" } }
                """),
            BsonDocument.Parse("""
                { "$project": {
                    "lastRunAt": 1,
                    "lastSuccessAt": 1,
                    "lastFailureAt": "$lastFailure.finishedAt",
                    "lastError": "$lastFailure.error",
                    "consecutiveFailures": { "$ifNull": [{ "$arrayElemAt": ["$failuresSinceSuccess.count", 0] }, 0] },
                    "postingsFound": "$latestReading.postingsFound",
                    "latestStartedAt": "$latestRun.startedAt",
                    "latestFinishedAt": "$latestRun.finishedAt" } }
                """),
        ]);

    public static SortDefinition<SourceDocument> SourceOrder { get; } = Builders<SourceDocument>.Sort.Ascending(s => s.Id);
}
