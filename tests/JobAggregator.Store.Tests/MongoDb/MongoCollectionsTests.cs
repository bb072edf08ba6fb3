using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using MongoDB.Bson;
using MongoDB.Driver;
using static JobAggregator.Store.Tests.Messages;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>What the MongoDB collections hold, beyond the provider-neutral contract; against a live MongoDB when
/// <c>MONGODB_URI</c> names one, skipped with the reason otherwise.</summary>
public sealed class MongoCollectionsTests : IAsyncDisposable
{
    private MongoTestDatabase? _mongo;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Initialize_creates_every_index_and_again_changes_nothing()
    {
        var mongo = await StartAsync();

        await mongo.Store.InitializeAsync(Ct);

        Assert.Equal(
            MongoIndexes.Postings.Select(i => i.Options.Name).Append("_id_").Order(StringComparer.Ordinal),
            await IndexNamesAsync(mongo.Database.Postings));
        Assert.Equal(
            MongoIndexes.Runs.Select(i => i.Options.Name).Append("_id_").Order(StringComparer.Ordinal),
            await IndexNamesAsync(mongo.Database.Runs));
        Assert.Equal(
            MongoIndexes.Revisions.Select(i => i.Options.Name).Append("_id_").Order(StringComparer.Ordinal),
            await IndexNamesAsync(mongo.Database.Revisions));
    }

    [Fact]
    public async Task Same_completed_run_twice_is_recorded_once()
    {
        var mongo = await StartAsync();
        var run = Completed(T0, ["key-1"]);

        await mongo.Store.CompleteRunAsync(run, Ct);
        await mongo.Store.CompleteRunAsync(run, Ct);

        Assert.Equal(1, await mongo.Database.Runs.CountDocumentsAsync(FilterDefinition<ScrapeRunDocument>.Empty, cancellationToken: Ct));
    }

    [Fact]
    public async Task Posting_written_by_the_previous_version_is_moved_into_content_and_derived_at_start_up_and_found_by_the_new_filters()
    {
        var mongo = await StartAsync();
        var old = MongoDocumentsWithoutServerTests.PreviousVersionPosting;
        old["status"] = "open";
        old["closedAt"] = BsonNull.Value;
        await mongo.Database.Database.GetCollection<BsonDocument>(MongoStoreDatabase.PostingsCollection).InsertOneAsync(old, cancellationToken: Ct);

        await mongo.Store.InitializeAsync(Ct);

        var page = await mongo.Reader.SearchAsync(new JobQuery { Country = "ch", PostedSince = new DateOnly(2025, 2, 27) }, Ct);
        Assert.Equal("key-1", Assert.Single(page.Items).Id);
        var derived = await mongo.Database.Postings.Find(MongoPostingCommands.PostingById("key-1")).SingleAsync(Ct);
        Assert.Equal(("2025-02-27", true, "key-1"), (derived.EffectivePosted, derived.Primary, derived.ClusterId));
        var raw = await mongo.Database.Database.GetCollection<BsonDocument>(MongoStoreDatabase.PostingsCollection)
            .Find(new BsonDocument("_id", "key-1")).SingleAsync(Ct);
        Assert.Equal(("Warehouse Associate", false), (raw["content"]["title"].AsString, raw.Contains("title")));
    }

    [Fact]
    public async Task Changed_content_records_a_revision_with_old_and_new_hash()
    {
        var mongo = await StartAsync();
        await mongo.Store.UpsertAsync(Posting("key-1", T0, hash: "hash-1"), Ct);
        await mongo.Store.UpsertAsync(Posting("key-1", T0.AddHours(1), hash: "hash-1"), Ct);

        await mongo.Store.UpsertAsync(Posting("key-1", T0.AddHours(2), hash: "hash-2"), Ct);

        var revision = Assert.Single(await mongo.Database.Revisions.Find(FilterDefinition<PostingRevisionDocument>.Empty).ToListAsync(Ct));
        Assert.Equal(("key-1", "hash-1", "hash-2"), (revision.PostingId, revision.OldHash, revision.NewHash));
        Assert.Empty(revision.ChangedFields);
    }

    [Fact]
    public async Task Salary_is_kept_as_decimal128()
    {
        var mongo = await StartAsync();

        await mongo.Store.UpsertAsync(
            Posting("key-1") with { Salary = new Contracts.NormalizedSalary(17.89m, 50.98m, "USD", "HOUR", null) },
            Ct);

        var raw = await mongo.Database.Database.GetCollection<BsonDocument>(MongoStoreDatabase.PostingsCollection)
            .Find(new BsonDocument("_id", "key-1"))
            .SingleAsync(Ct);
        Assert.Equal(new BsonDecimal128(17.89m), raw["content"]["salary"]["min"]);
        Assert.Equal(new BsonDecimal128(50.98m), raw["content"]["salary"]["max"]);
    }

    [Fact]
    public async Task Closing_records_the_start_of_the_closing_run()
    {
        var mongo = await StartAsync();
        await mongo.Store.UpsertAsync(Posting("key-1", T0), Ct);
        var run = Completed(T0.AddHours(1), ["key-2"]) with { ListedByApiOrFeed = true };

        await mongo.Store.CompleteRunAsync(run, Ct);

        var posting = await mongo.Database.Postings.Find(MongoPostingCommands.PostingById("key-1")).SingleAsync(Ct);
        var recorded = await mongo.Database.Runs.Find(MongoPostingCommands.RunById(run.ScrapeRunId)).SingleAsync(Ct);
        Assert.Equal(MongoValues.Instant(run.StartedAt), posting.ClosedByRunStartedAt);
        Assert.Equal((ClosedReasons.Missing, 1), (posting.ClosedReason, posting.MissedRuns));
        Assert.Equal(1, recorded.ClosedPostings);
    }

    [Fact]
    public async Task Html_run_missing_a_posting_twice_counts_each_run_once_and_closes_at_the_second()
    {
        var mongo = await StartAsync();
        await mongo.Store.UpsertAsync(Posting("key-1", T0), Ct);
        var first = CompletedFromHtml(T0.AddHours(1), ["key-2"]);
        var second = CompletedFromHtml(T0.AddHours(2), ["key-2"]);

        await Task.WhenAll(mongo.Store.CompleteRunAsync(first, Ct), mongo.Store.CompleteRunAsync(first, Ct));
        var afterFirst = await mongo.Database.Postings.Find(MongoPostingCommands.PostingById("key-1")).SingleAsync(Ct);
        await mongo.Store.CompleteRunAsync(second, Ct);
        var afterSecond = await mongo.Database.Postings.Find(MongoPostingCommands.PostingById("key-1")).SingleAsync(Ct);

        Assert.Equal((MongoValues.Open, 1), (afterFirst.Status, afterFirst.MissedRuns));
        Assert.Equal((MongoValues.Closed, ClosedReasons.Missing, 2), (afterSecond.Status, afterSecond.ClosedReason, afterSecond.MissedRuns));
    }

    [Fact]
    public async Task Concurrent_sightings_of_one_posting_settle_on_the_latest_content()
    {
        var mongo = await StartAsync();
        var sightings = Enumerable.Range(0, 20)
            .Select(i => Posting("key-1", T0.AddMinutes(i), hash: $"hash-{i}") with { Title = $"Title {i}" })
            .ToList();

        await Task.WhenAll(sightings.Select(s => mongo.Store.UpsertAsync(s, Ct)));

        var stored = await mongo.Reader.GetAsync("key-1", Ct);
        Assert.Equal(("Title 19", "hash-19", T0.AddMinutes(19)), (stored!.Content.Title, stored.Content.ContentHash, stored.LastSeen));
    }

    public async ValueTask DisposeAsync()
    {
        if (_mongo is not null)
        {
            await _mongo.DisposeAsync();
        }
    }

    private static async Task<List<string>> IndexNamesAsync<T>(IMongoCollection<T> collection)
    {
        var indexes = await (await collection.Indexes.ListAsync(Ct)).ToListAsync(Ct);
        return indexes.Select(i => i["name"].AsString).Order(StringComparer.Ordinal).ToList();
    }

    private async Task<MongoTestDatabase> StartAsync()
    {
        _mongo = MongoTestDatabase.Create();
        await _mongo.Store.InitializeAsync(Ct);
        return _mongo;
    }
}
