using MongoDB.Bson;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>The read side on MongoDB, with the SQLite reader's semantics.</summary>
internal sealed class MongoPostingReader(MongoStoreDatabase database) : IPostingReader
{
    public const int MaxPageSize = 100;

    public async Task<JobPage> SearchAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        var page = Math.Max(1, query.Page);
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var filter = MongoQueries.Search(query);

        // Two reads, not one snapshot as in SQLite (MongoDB has snapshots only in transactions, on a replica set): a
        // write landing between them can make Total differ from the items by that write.
        var total = (int)await database.Postings.CountDocumentsAsync(filter, cancellationToken: ct);
        var skip = (long)(page - 1) * pageSize;
        if (skip >= total)
        {
            return new JobPage([], total, page, pageSize);
        }

        var documents = await database.Postings
            .Find(filter)
            .Sort(MongoQueries.DefaultSort)
            .Skip((int)skip)
            .Limit(pageSize)
            .ToListAsync(ct);
        return new JobPage(documents.ConvertAll(d => d.ToStoredPosting()), total, page, pageSize);
    }

    public async Task<StoredPosting?> GetAsync(string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);

        var document = await database.Postings.Find(MongoPostingCommands.PostingById(id)).FirstOrDefaultAsync(ct);
        return document?.ToStoredPosting();
    }

    public async Task<IReadOnlyList<SourceHealth>> GetSourceHealthAsync(CancellationToken ct)
    {
        var sources = await database.Sources
            .Find(FilterDefinition<SourceDocument>.Empty)
            .Sort(MongoQueries.SourceOrder)
            .ToListAsync(ct);
        var runs = (await (await database.Runs.AggregateAsync(MongoQueries.SourceRunSummaries, cancellationToken: ct)).ToListAsync(ct))
            .ToDictionary(s => s.SourceId, StringComparer.Ordinal);
        var open = (await (await database.Postings.AggregateAsync(MongoQueries.OpenPostingsBySource, cancellationToken: ct)).ToListAsync(ct))
            .ToDictionary(s => s.SourceId, s => s.Count, StringComparer.Ordinal);

        return sources.ConvertAll(source =>
        {
            var summary = runs.GetValueOrDefault(source.Id) ?? new SourceRunSummary { SourceId = source.Id };
            return new SourceHealth(
                source.Id,
                MongoValues.ToInstant(summary.LastRunAt),
                MongoValues.ToInstant(summary.LastSuccessAt),
                MongoValues.ToInstant(summary.LastFailureAt),
                summary.LastError,
                summary.ConsecutiveFailures,
                summary.PostingsFound ?? 0,
                open.GetValueOrDefault(source.Id),
                summary is { LatestStartedAt: { } started, LatestFinishedAt: { } finished } ? finished - started : null);
        });
    }

    public async Task<bool> IsReadyAsync(CancellationToken ct)
    {
        try
        {
            await database.Database.RunCommandAsync<BsonDocument>(new BsonDocument("ping", 1), cancellationToken: ct);
            return true;
        }
        catch (Exception e) when (e is MongoException or TimeoutException)
        {
            // Not ready is the answer here: no server selected in time, refused credentials, a broken connection.
            return false;
        }
    }
}
