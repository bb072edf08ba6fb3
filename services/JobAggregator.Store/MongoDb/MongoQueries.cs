using JobAggregator.Store.Reading;
using MongoDB.Bson;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>Every filter, sort and pipeline the read side sends, built without I/O so that tests can render them to BSON
/// and compare them with the documents they must be.</summary>
internal static class MongoQueries
{
    private static FilterDefinitionBuilder<PostingDocument> Filter => Builders<PostingDocument>.Filter;

    private static SortDefinitionBuilder<PostingDocument> SortBy => Builders<PostingDocument>.Sort;

    /// <summary>Effective posting day (the first sighting's when the stated date is suspect or missing), newest first,
    /// then first sighting, newest first, then key: the order of the SQLite store, and of its index.</summary>
    public static SortDefinition<PostingDocument> NewestSort { get; } = SortBy
        .Descending(p => p.EffectivePosted)
        .Descending(p => p.FirstSeen)
        .Ascending(p => p.Id);

    /// <summary>Yearly pay, highest first; postings without pay last (null sorts lowest, so last when descending); then
    /// newest first.</summary>
    public static SortDefinition<PostingDocument> SalarySort { get; } = SortBy
        .Descending(p => p.AnnualPay)
        .Descending(p => p.EffectivePosted)
        .Descending(p => p.FirstSeen)
        .Ascending(p => p.Id);

    /// <summary>Closing date, soonest first; postings without one last (they hold <see cref="PostingDocument.NoClosingDate"/>);
    /// then newest first.</summary>
    public static SortDefinition<PostingDocument> ClosingSoonSort { get; } = SortBy
        .Ascending(p => p.ValidThroughOrLast)
        .Descending(p => p.EffectivePosted)
        .Descending(p => p.FirstSeen)
        .Ascending(p => p.Id);

    public static SortDefinition<PostingDocument> Sort(JobSort sort) => sort switch
    {
        JobSort.Salary => SalarySort,
        JobSort.ClosingSoon => ClosingSoonSort,
        _ => NewestSort,
    };

    /// <summary>The postings of the given clusters.</summary>
    public static FilterDefinition<PostingDocument> ClusterMembers(IEnumerable<string> clusterIds) =>
        Filter.In(p => p.ClusterId, clusterIds);

    public static FilterDefinition<PostingDocument> NotAmong(IEnumerable<string> postingIds) => Filter.Nin(p => p.Id, postingIds);

    /// <summary>Members in their cluster's order, the primary first.</summary>
    public static SortDefinition<PostingDocument> ClusterOrder { get; } = SortBy.Ascending(p => p.ClusterId).Ascending(p => p.ClusterPosition).Ascending(p => p.Id);

    public static FilterDefinition<PostingRevisionDocument> RevisionsOf(string postingId) =>
        Builders<PostingRevisionDocument>.Filter.Eq(r => r.PostingId, postingId);

    /// <summary>Oldest first.</summary>
    public static SortDefinition<PostingRevisionDocument> RevisionOrder { get; } =
        Builders<PostingRevisionDocument>.Sort.Ascending(r => r.At).Ascending(r => r.Id);

    /// <summary>The primary postings (one per opening) a <see cref="JobQuery"/> asks for; every filter left blank is left
    /// out.</summary>
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
            Filter.Eq(p => p.Primary, true),
        };

        var words = SearchWords.Query(query.Text);
        if (words.Count > 0)
        {
            clauses.AddRange(words.Take(words.Count - 1).Select(word => Filter.AnyEq(p => p.SearchWords, word)));
            clauses.Add(Filter.Regex(p => p.SearchWords, new BsonRegularExpression("^" + MongoValues.RegexLiteral(words[^1]))));
        }

        clauses.AddRange(Present(
            OrganizationFilter(query),
            LocationFilter(query),
            EmploymentTypeFilter(query),
            CountryFilter(query),
            RegionFilter(query),
            RemoteFilter(query),
            CategoryFilter(query),
            LanguageFilter(query)));

        if (query.MinAnnualSalary is { } minimum)
        {
            clauses.Add(Filter.Gte(p => p.AnnualPay, minimum));
            if (!string.IsNullOrWhiteSpace(query.SalaryCurrency))
            {
                clauses.Add(Filter.Eq(p => p.Content.Salary!.Currency, query.SalaryCurrency.Trim().ToUpperInvariant()));
            }
        }

        if (query.PostedSince is { } since)
        {
            clauses.Add(Filter.Gte(p => p.EffectivePosted, MongoValues.Date(since)));
        }

        if (query.After is { } after)
        {
            clauses.Add(After(after, query.Sort));
        }

        // A missing closing date is absent or null, which neither bound matches, as in SQLite.
        if (query.ClosingFrom is { } closingFrom)
        {
            clauses.Add(Filter.Gte(p => p.Content.ValidThrough, closingFrom));
        }

        if (query.ClosingBy is { } closingBy)
        {
            clauses.Add(Filter.Lte(p => p.Content.ValidThrough, closingBy));
        }

        return Filter.And(clauses);
    }

    /// <summary>The primaries after <paramref name="after"/> in <paramref name="sort"/>: past it on the sort's lead, or
    /// equal there and past it on the posting day, the first sighting (both newest first) and the id.</summary>
    public static FilterDefinition<PostingDocument> After(JobCursor after, JobSort sort)
    {
        ArgumentNullException.ThrowIfNull(after);
        if (after.Sort != sort)
        {
            throw new ArgumentException($"The cursor was made in the {after.Sort} sort, not in {sort}.", nameof(sort));
        }

        var day = MongoValues.Date(after.PostedOn)!;
        var firstSeen = after.FirstSeen.UtcDateTime;
        var tail = Filter.Or(
            Filter.Lt(p => p.EffectivePosted, day),
            Filter.Eq(p => p.EffectivePosted, day) & Filter.Lt(p => p.FirstSeen, firstSeen),
            Filter.Eq(p => p.EffectivePosted, day) & Filter.Eq(p => p.FirstSeen, firstSeen) & Filter.Gt(p => p.Id, after.Id));
        switch (sort)
        {
            case JobSort.Salary:
                // Postings without pay sort last (null is lowest, descending), where the cursor's lead names none.
                if (after.Pay <= JobCursor.NoPay)
                {
                    return Filter.Eq(p => p.AnnualPay, null) & tail;
                }

                var pay = decimal.Parse(after.Lead!, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture);
                return Filter.Or(
                    Filter.Lt(p => p.AnnualPay, pay),
                    Filter.Eq(p => p.AnnualPay, null),
                    Filter.Eq(p => p.AnnualPay, pay) & tail);
            case JobSort.ClosingSoon:
                return Filter.Or(
                    Filter.Gt(p => p.ValidThroughOrLast, after.Lead!),
                    Filter.Eq(p => p.ValidThroughOrLast, after.Lead!) & tail);
            default:
                return tail;
        }
    }

    /// <summary>The filters of <paramref name="query"/> that have facets, in the order <see cref="Search"/> names them;
    /// empty when none is set.</summary>
    public static IReadOnlyList<FilterDefinition<PostingDocument>> FacetFilters(JobQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return Present(
            OrganizationFilter(query),
            EmploymentTypeFilter(query),
            CountryFilter(query),
            RegionFilter(query),
            RemoteFilter(query),
            CategoryFilter(query),
            LanguageFilter(query));
    }

    private static List<FilterDefinition<PostingDocument>> Present(params FilterDefinition<PostingDocument>?[] filters) =>
        filters.OfType<FilterDefinition<PostingDocument>>().ToList();

    private static FilterDefinition<PostingDocument>? OrganizationFilter(JobQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.Organization))
        {
            return null;
        }

        var organization = MatchText.Fold(query.Organization);
        return Filter.Eq(p => p.OrganizationIdLower, organization) | Filter.Eq(p => p.OrganizationNameLower, organization);
    }

    // Escaped, so what a person types (% _ . *) stays plain characters, as SQLite's instr() does.
    private static FilterDefinition<PostingDocument>? LocationFilter(JobQuery query) =>
        string.IsNullOrWhiteSpace(query.Location)
            ? null
            : Filter.Regex(p => p.LocationSearch, new BsonRegularExpression(MongoValues.RegexLiteral(MatchText.Fold(query.Location))));

    private static FilterDefinition<PostingDocument>? EmploymentTypeFilter(JobQuery query) =>
        string.IsNullOrWhiteSpace(query.EmploymentType) ? null : Filter.Eq(p => p.EmploymentTypeLower, MatchText.Fold(query.EmploymentType));

    private static FilterDefinition<PostingDocument>? CountryFilter(JobQuery query) =>
        string.IsNullOrWhiteSpace(query.Country) ? null : Filter.Eq(p => p.CountryLower, MatchText.Fold(query.Country));

    // Whole and escaped; "i" folds case as SQLite's NOCASE does for ASCII letters.
    private static FilterDefinition<PostingDocument>? RegionFilter(JobQuery query) =>
        string.IsNullOrWhiteSpace(query.Region)
            ? null
            : Filter.Regex(p => p.Content.Location.Region, new BsonRegularExpression($"^{MongoValues.RegexLiteral(query.Region.Trim())}$", "i"));

    private static FilterDefinition<PostingDocument>? RemoteFilter(JobQuery query) =>
        query.Remote is { } remote ? Filter.Eq(p => p.RemoteOrHybrid, remote) : null;

    private static FilterDefinition<PostingDocument>? CategoryFilter(JobQuery query) =>
        string.IsNullOrWhiteSpace(query.Category) ? null : Filter.AnyEq(p => p.Content.Categories, MatchText.Fold(query.Category));

    private static FilterDefinition<PostingDocument>? LanguageFilter(JobQuery query) =>
        string.IsNullOrWhiteSpace(query.Language) ? null : Filter.Eq(p => p.LanguageLower, MatchText.Fold(query.Language));

    /// <summary>Each source's open postings.</summary>
    public static PipelineDefinition<PostingDocument, SourcePostingCount> OpenPostingsBySource { get; } =
        PipelineDefinition<PostingDocument, SourcePostingCount>.Create(
        [
            BsonDocument.Parse("""{ "$match": { "status": "open" } }"""),
            BsonDocument.Parse("""{ "$group": { "_id": "$sourceId", "count": { "$sum": 1 } } }"""),
        ]);

    /// <summary>What each source's runs say, the same figures as the SQLite store's: latest end of any run, of a success
    /// and of a failure (with its error); failed runs started after the latest successful start; postings listed by the
    /// latest success that read the source (not-modified runs read nothing), with why it found none, and by the reading
    /// run before it, and when it started; start and end of the latest run. Run for one source as its runs are recorded
    /// (<see cref="MongoSourceSummaries.Refresh"/>), never at read.</summary>
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
                        {
                            "startedAt": "$startedAt",
                            "postingsFound": "$postingsFound",
                            "noPostingsReason": "$noPostingsReason",
                            "explanation": "$explanation",
                            "partialDrop": "$partialDrop" },
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
            // The reading run before the latest one; a source with no reading run has a null start, which no date is
            // less than.
            BsonDocument.Parse("""
                { "$lookup": {
                    "from": "scrape_runs",
                    "let": { "sourceId": "$_id", "before": "$latestReading.startedAt" },
                    "pipeline": [
                        { "$match": { "$expr": { "$and": [
                            { "$eq": ["$sourceId", "$$sourceId"] },
                            { "$eq": ["$ok", true] },
                            { "$eq": ["$notModified", false] },
                            { "$lt": ["$startedAt", "$$before"] }] } } },
                        { "$sort": { "startedAt": -1 } },
                        { "$limit": 1 },
                        { "$project": { "_id": 0, "postingsFound": 1 } }],
                    "as": "previousReading" } }
                """),
            BsonDocument.Parse("""
                { "$project": {
                    "lastRunAt": 1,
                    "lastSuccessAt": 1,
                    "lastFailureAt": "$lastFailure.finishedAt",
                    "lastError": "$lastFailure.error",
                    "consecutiveFailures": { "$ifNull": [{ "$arrayElemAt": ["$failuresSinceSuccess.count", 0] }, 0] },
                    "postingsFound": "$latestReading.postingsFound",
                    "noPostingsReason": "$latestReading.noPostingsReason",
                    "explanation": "$latestReading.explanation",
                    "partialDrop": { "$eq": ["$latestReading.partialDrop", true] },
                    "previousPostingsFound": { "$arrayElemAt": ["$previousReading.postingsFound", 0] },
                    "readingStartedAt": "$latestReading.startedAt",
                    "latestStartedAt": "$latestRun.startedAt",
                    "latestFinishedAt": "$latestRun.finishedAt" } }
                """),
        ]);

    public static SortDefinition<SourceDocument> SourceOrder { get; } = Builders<SourceDocument>.Sort.Ascending(s => s.Id);
}
