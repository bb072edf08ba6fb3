using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>When the MongoDB store last changed: the newest sighting, closing and run, each the first key of its own
/// index (<see cref="MongoIndexes"/>), so each read is one index entry.</summary>
/// <remarks>These are the times the scraper saw and the runs ended, not when they were written: a message stored late
/// with an older time does not move them. SQLite counts writes instead (its <c>store_changes</c> row).</remarks>
internal static class MongoLastChange
{
    public static SortDefinition<PostingDocument> NewestSighting { get; } = Builders<PostingDocument>.Sort.Descending(p => p.LastSeen);

    public static FilterDefinition<PostingDocument> Closed { get; } = Builders<PostingDocument>.Filter.Ne(p => p.ClosedAt, null);

    public static SortDefinition<PostingDocument> NewestClosing { get; } = Builders<PostingDocument>.Sort.Descending(p => p.ClosedAt);

    public static SortDefinition<ScrapeRunDocument> NewestRun { get; } = Builders<ScrapeRunDocument>.Sort.Descending(r => r.FinishedAt);

    public static async Task<DateTimeOffset?> ReadAsync(MongoStoreDatabase database, CancellationToken ct)
    {
        var sighting = await database.Postings.Find(FilterDefinition<PostingDocument>.Empty).Sort(NewestSighting).Limit(1)
            .Project(p => (DateTime?)p.LastSeen).FirstOrDefaultAsync(ct);
        var closing = await database.Postings.Find(Closed).Sort(NewestClosing).Limit(1)
            .Project(p => p.ClosedAt).FirstOrDefaultAsync(ct);
        var run = await database.Runs.Find(FilterDefinition<ScrapeRunDocument>.Empty).Sort(NewestRun).Limit(1)
            .Project(r => (DateTime?)r.FinishedAt).FirstOrDefaultAsync(ct);
        var latest = new[] { sighting, closing, run }.Max();
        return MongoValues.ToInstant(latest);
    }
}
