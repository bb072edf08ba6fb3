using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using JobAggregator.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>The SQLite store's last change, on a real file: every write moves it forward, reading does not.</summary>
public sealed class SqliteLastChangeTests : IAsyncLifetime
{
    private readonly TemporaryFolder _folder = new();
    private SqliteDatabase _database = null!;
    private SqlitePostingStore _store = null!;
    private SqlitePostingReader _reader = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = new SqliteDatabase(Options.Create(new StoreOptions { SqlitePath = Path.Combine(_folder.Path, "store.db") }));
        _store = new SqlitePostingStore(_database, Options.Create(new StoreOptions()), NullLogger<SqlitePostingStore>.Instance);
        _reader = new SqlitePostingReader(_database);
        await _store.InitializeAsync(Ct);
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        _folder.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task A_new_posting_a_changed_one_a_run_and_a_closing_each_move_the_last_change_forward_and_reading_does_not()
    {
        var seen = new List<DateTimeOffset> { (await _reader.GetLastChangeAsync(Ct))!.Value };
        async Task ChangedAsync(Func<Task> write)
        {
            await write();
            var now = (await _reader.GetLastChangeAsync(Ct))!.Value;
            Assert.True(now > seen[^1], $"{now:O} is not after {seen[^1]:O}");
            seen.Add(now);
        }

        await ChangedAsync(() => _store.UpsertAsync(Messages.Posting("a"), Ct));
        await ChangedAsync(() => _store.UpsertAsync(Messages.Posting("b"), Ct));
        await ChangedAsync(() => _store.UpsertAsync(Messages.Posting("a", Messages.T0.AddHours(1), hash: "hash-2"), Ct));
        // A message older than what is stored still changes the file, and so the last change.
        await ChangedAsync(() => _store.UpsertAsync(Messages.Posting("c", Messages.T0.AddDays(-3)), Ct));
        await ChangedAsync(() => _store.CompleteRunAsync(Messages.Completed(Messages.T0.AddDays(1), ["a", "c"]), Ct));
        var afterRun = seen[^1];

        await _reader.SearchAsync(new JobQuery { IncludeClosed = true }, Ct);
        await _reader.GetAsync("a", Ct);

        Assert.Equal(afterRun, await _reader.GetLastChangeAsync(Ct));
        var all = await _reader.SearchAsync(new JobQuery { IncludeClosed = true }, Ct);
        Assert.Equal(PostingStatus.Closed, all.Items.Single(p => p.Content.Title == "Title b").Status);
    }
}
