using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using MongoDB.Bson;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>The read side on MongoDB, with the SQLite reader's semantics: searches list the primary posting of each
/// opening, merged with the other postings of that opening.</summary>
internal sealed class MongoPostingReader(MongoStoreDatabase database) : IPostingReader
{
    public const int MaxPageSize = 100;

    public async Task<JobPage> SearchAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        var page = query.After is null ? Math.Max(1, query.Page) : 1;
        var pageSize = Math.Clamp(query.PageSize, 1, MaxPageSize);
        var filter = MongoQueries.Search(query);

        // Two reads, not one snapshot as in SQLite (MongoDB has snapshots only in transactions, on a replica set): a
        // write landing between them can make Total differ from the items by that write. Counting stops at the limit,
        // and with a cursor counts the whole search, not what is left after it.
        var counted = (int)await database.Postings.CountDocumentsAsync(
            query.After is null ? filter : MongoQueries.Search(query with { After = null }),
            new CountOptions { Limit = JobPage.CountLimit + 1 },
            ct);
        var total = Math.Min(counted, JobPage.CountLimit);
        var skip = (long)(page - 1) * pageSize;
        if (query.After is null && skip >= counted)
        {
            return new JobPage([], total, page, pageSize) { TotalIsExact = counted <= JobPage.CountLimit };
        }

        // One more than the page, to know whether a next page exists.
        var primaries = await database.Postings
            .Find(filter)
            .Sort(MongoQueries.Sort(query.Sort))
            .Skip((int)skip)
            .Limit(pageSize + 1)
            .ToListAsync(ct);
        var more = primaries.Count > pageSize;
        if (more)
        {
            primaries.RemoveAt(pageSize);
        }

        return new JobPage(await MergeWithOtherMembersAsync(primaries, ct), total, page, pageSize)
        {
            TotalIsExact = counted <= JobPage.CountLimit,
            Next = more ? CursorAt(primaries[^1], query.Sort) : null,
        };
    }

    /// <summary>The sort keys of a primary, as <see cref="MongoQueries.After"/> reads them.</summary>
    public static JobCursor CursorAt(PostingDocument primary, JobSort sort)
    {
        ArgumentNullException.ThrowIfNull(primary);
        return new JobCursor(
            sort,
            sort switch
            {
                JobSort.Salary => primary.AnnualPay is { } pay
                    ? pay.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    : JobCursor.PayLead(null),
                JobSort.ClosingSoon => primary.ValidThroughOrLast,
                _ => null,
            },
            DateOnly.ParseExact(primary.EffectivePosted ?? "0001-01-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            new DateTimeOffset(DateTime.SpecifyKind(primary.FirstSeen, DateTimeKind.Utc)),
            primary.Id);
    }

    public async Task<JobFacets> GetFacetsAsync(JobQuery query, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(query);

        using var cursor = await database.Postings.AggregateAsync(MongoFacets.Pipeline(query with { After = null }), cancellationToken: ct);
        return MongoFacets.Read(await cursor.SingleAsync(ct));
    }

    /// <summary>The opening <paramref name="id"/> belongs to: its cluster's postings merged, under the primary's id and
    /// with the primary's revisions.</summary>
    public async Task<StoredPosting?> GetAsync(string id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(id);

        var document = await database.Postings.Find(MongoPostingCommands.PostingById(id)).FirstOrDefaultAsync(ct);
        if (document is null)
        {
            return null;
        }

        var members = document is { ClusterSize: > 1, ClusterId: { } clusterId }
            ? await database.Postings.Find(MongoQueries.ClusterMembers([clusterId])).Sort(MongoQueries.ClusterOrder).ToListAsync(ct)
            : [document];

        var (primary, opening) = Opening(document, members);
        var revisions = await database.Revisions
            .Find(MongoQueries.RevisionsOf(primary.Id))
            .Sort(MongoQueries.RevisionOrder)
            .ToListAsync(ct);
        return revisions.Count == 0 ? opening : opening with { Revisions = revisions.ConvertAll(r => r.ToRevision()) };
    }

    public async Task<IReadOnlyList<SourceHealth>> GetSourceHealthAsync(CancellationToken ct)
    {
        var sources = await database.Sources
            .Find(FilterDefinition<SourceDocument>.Empty)
            .Sort(MongoQueries.SourceOrder)
            .ToListAsync(ct);
        var runs = await MongoSourceSummaries.ReadAsync(database, ct);
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
                summary is { LatestStartedAt: { } started, LatestFinishedAt: { } finished } ? finished - started : null)
            {
                LastNoPostingsReason = summary.PostingsFound == 0 ? summary.NoPostingsReason : null,
                LastExplanation = summary.PostingsFound == 0 ? summary.Explanation : null,
                PreviousPostingsFound = summary.PreviousPostingsFound,
                PostingsStored = summary.PostingsStored,
                PartialDrop = summary.PartialDrop,
            };
        });
    }

    /// <summary>Each primary merged with the other postings of its opening, loaded in one query for the whole page.</summary>
    private async Task<List<StoredPosting>> MergeWithOtherMembersAsync(List<PostingDocument> primaries, CancellationToken ct)
    {
        var clusterIds = primaries
            .Where(p => p.ClusterSize > 1 && p.ClusterId is not null)
            .Select(p => p.ClusterId!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (clusterIds.Count == 0)
        {
            return primaries.ConvertAll(p => p.ToStoredPosting());
        }

        var others = (await database.Postings
                .Find(MongoQueries.ClusterMembers(clusterIds) & MongoQueries.NotAmong(primaries.ConvertAll(p => p.Id)))
                .Sort(MongoQueries.ClusterOrder)
                .ToListAsync(ct))
            .ToLookup(o => o.ClusterId, StringComparer.Ordinal);
        return primaries.ConvertAll(primary =>
        {
            return Merged(primary, others[primary.ClusterId]);
        });
    }

    /// <summary>The opening of <paramref name="asked"/>, given its cluster's <paramref name="members"/> in cluster order,
    /// and the primary it is shown under.</summary>
    public static (PostingDocument Primary, StoredPosting Opening) Opening(PostingDocument asked, IReadOnlyList<PostingDocument> members)
    {
        ArgumentNullException.ThrowIfNull(asked);
        ArgumentNullException.ThrowIfNull(members);

        // A cluster being rewritten by a recomputation may for a moment have no primary: the posting asked for stands in.
        var primary = members.FirstOrDefault(m => m.Primary) ?? asked;
        return (primary, Merged(primary, members.Where(m => m.Id != primary.Id)));
    }

    /// <summary>A primary merged with the other members of its opening, in cluster order; alone, as it is.</summary>
    public static StoredPosting Merged(PostingDocument primary, IEnumerable<PostingDocument> others)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(others);

        var stored = primary.ToStoredPosting();
        var members = others.Select(o => o.ToStoredPosting()).Prepend(stored).ToList();
        return members.Count > 1 ? OpeningMerger.Merge(members, primary.MergeReason) : stored;
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

    public Task<DateTimeOffset?> GetLastChangeAsync(CancellationToken ct) => MongoLastChange.ReadAsync(database, ct);
}
