using System.Collections.Concurrent;
using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>The SQLite file's one writer: writes queued while it is busy are applied one at a time and committed
/// together (a bounded one alone), each in its own savepoint, and each caller returns only after its batch
/// committed.</summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private const int Queued = 20;

    private readonly SqliteStore _sqlite = new();
    private readonly TaskCompletionSource _firstWriteMayFinish = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstWriteStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Writes_queued_while_the_writer_is_busy_run_one_at_a_time_and_commit_in_one_transaction()
    {
        await CreateTableAsync();
        var transactions = new ConcurrentDictionary<SqliteTransaction, byte>();
        var running = 0;
        var mostAtOnce = 0;
        async Task Insert(SqliteConnection connection, SqliteTransaction transaction, int value)
        {
            mostAtOnce = Math.Max(mostAtOnce, Interlocked.Increment(ref running));
            transactions.TryAdd(transaction, 0);
            await Task.Yield();
            await InsertAsync(connection, transaction, value);
            Interlocked.Decrement(ref running);
        }

        var first = FirstWriteHeldOpen((connection, transaction) => Insert(connection, transaction, 0));
        await _firstWriteStarted.Task.WaitAsync(Ct);
        var queued = Enumerable.Range(1, Queued)
            .Select(i => _sqlite.Database.WriteAsync((connection, transaction) => Insert(connection, transaction, i), Ct))
            .ToList();
        _firstWriteMayFinish.SetResult();
        await Task.WhenAll(queued.Append(first));

        Assert.Equal(1, mostAtOnce);
        Assert.Equal(2, transactions.Count);
        Assert.Equal((long)Queued + 1, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM writes;", Ct));
    }

    [Fact]
    public async Task A_failing_write_is_rolled_back_alone_and_the_others_of_its_batch_commit()
    {
        await CreateTableAsync();
        var first = FirstWriteHeldOpen((connection, transaction) => InsertAsync(connection, transaction, 0));
        await _firstWriteStarted.Task.WaitAsync(Ct);
        var transactions = new List<SqliteTransaction>();
        var before = _sqlite.Database.WriteAsync(
            (connection, transaction) =>
            {
                transactions.Add(transaction);
                return InsertAsync(connection, transaction, 1);
            },
            Ct);
        var poisoned = _sqlite.Database.WriteAsync(
            async (connection, transaction) =>
            {
                await InsertAsync(connection, transaction, 2);
                throw new InvalidOperationException("poisoned write");
            },
            Ct);
        var after = _sqlite.Database.WriteAsync(
            (connection, transaction) =>
            {
                transactions.Add(transaction);
                return InsertAsync(connection, transaction, 3);
            },
            Ct);
        _firstWriteMayFinish.SetResult();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => poisoned);
        await Task.WhenAll(first, before, after);

        Assert.Equal("poisoned write", failure.Message);
        Assert.Same(transactions[0], transactions[1]);
        Assert.Equal("0,1,3", await _sqlite.ScalarAsync("SELECT group_concat(value, ',') FROM (SELECT value FROM writes ORDER BY value);", Ct));
    }

    [Fact]
    public async Task A_failing_write_alone_in_its_transaction_is_rolled_back_and_the_next_write_commits()
    {
        await CreateTableAsync();

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => _sqlite.Database.WriteAsync(
            async (connection, transaction) =>
            {
                await InsertAsync(connection, transaction, 1);
                throw new InvalidOperationException("poisoned write");
            },
            boundedStatements: true,
            Ct));
        await _sqlite.Database.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, 2), boundedStatements: true, Ct);

        Assert.Equal("poisoned write", failure.Message);
        Assert.Equal("2", await _sqlite.ScalarAsync("SELECT group_concat(value, ',') FROM writes;", Ct));
    }

    [Fact]
    public async Task A_write_returns_only_after_its_batch_committed()
    {
        await CreateTableAsync();
        var first = FirstWriteHeldOpen((connection, transaction) => InsertAsync(connection, transaction, 0));
        await _firstWriteStarted.Task.WaitAsync(Ct);
        var earlierInBatch = _sqlite.Database.WriteAsync((connection, transaction) => InsertAsync(connection, transaction, 1), Ct);
        bool? earlierReturnedBeforeCommit = null;
        object? earlierSeenBeforeCommit = null;
        var later = _sqlite.Database.WriteAsync(
            async (connection, transaction) =>
            {
                earlierReturnedBeforeCommit = earlierInBatch.IsCompleted;
                earlierSeenBeforeCommit = await _sqlite.ScalarAsync("SELECT COUNT(*) FROM writes WHERE value = 1;", Ct);
                await InsertAsync(connection, transaction, 2);
            },
            Ct);
        _firstWriteMayFinish.SetResult();
        await Task.WhenAll(first, earlierInBatch, later);

        Assert.False(earlierReturnedBeforeCommit);
        Assert.Equal(0L, earlierSeenBeforeCommit);
        Assert.Equal(1L, await _sqlite.ScalarAsync("SELECT COUNT(*) FROM writes WHERE value = 1;", Ct));
    }

    [Fact]
    public async Task A_bounded_write_commits_alone_with_its_undo_in_memory_and_unbounded_ones_queued_together_commit_together()
    {
        await CreateTableAsync();
        var seen = new ConcurrentDictionary<int, (SqliteTransaction Transaction, long TempStore)>();
        Task Write(int value, bool bounded) => _sqlite.Database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var pragma = connection.Command("PRAGMA temp_store;", transaction);
                seen[value] = (transaction, (long)(await pragma.ExecuteScalarAsync(Ct))!);
                await InsertAsync(connection, transaction, value);
            },
            bounded,
            Ct);

        var first = FirstWriteHeldOpen((connection, transaction) => InsertAsync(connection, transaction, 0));
        await _firstWriteStarted.Task.WaitAsync(Ct);
        var queued = new[]
        {
            Write(1, bounded: true), Write(2, bounded: true), Write(3, bounded: false), Write(4, bounded: false), Write(5, bounded: true),
        };
        _firstWriteMayFinish.SetResult();
        await Task.WhenAll(queued.Append(first));

        // 2 is MEMORY, 0 the build's default (a file).
        Assert.Equal([2L, 2L, 0L, 0L, 2L], Enumerable.Range(1, 5).Select(i => seen[i].TempStore));
        Assert.NotSame(seen[1].Transaction, seen[2].Transaction);
        Assert.NotSame(seen[2].Transaction, seen[3].Transaction);
        Assert.Same(seen[3].Transaction, seen[4].Transaction);
        Assert.NotSame(seen[4].Transaction, seen[5].Transaction);
        Assert.Equal("0,1,2,3,4,5", await _sqlite.ScalarAsync("SELECT group_concat(value, ',') FROM (SELECT value FROM writes ORDER BY rowid);", Ct));
    }

    [Fact]
    public async Task A_caller_reaching_the_writer_before_the_caller_of_an_earlier_queued_write_still_sees_its_own_write_committed()
    {
        await CreateTableAsync();
        // Two threads queuing at once may reach the write lock in the other order: here the bounded write, queued second,
        // is the first to ask, and the transaction it applies holds only the unbounded write ahead of it.
        var unbounded = _sqlite.Database.Queue((connection, transaction) => InsertAsync(connection, transaction, 1), boundedStatements: false, Ct);
        var bounded = _sqlite.Database.Queue((connection, transaction) => InsertAsync(connection, transaction, 2), boundedStatements: true, Ct);

        var boundedCommitted = _sqlite.Database.CommitAsync(bounded);
        var unboundedCommitted = _sqlite.Database.CommitAsync(unbounded);

        // Generous: reached only when the bounded write is left in the queue, which then waits for a write that never comes.
        await Task.WhenAll(boundedCommitted, unboundedCommitted).WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal("1,2", await _sqlite.ScalarAsync("SELECT group_concat(value, ',') FROM (SELECT value FROM writes ORDER BY rowid);", Ct));
    }

    public void Dispose() => _sqlite.Dispose();

    /// <summary>Starts a write that keeps the writer busy until the test lets it finish, so the writes started
    /// meanwhile queue up together.</summary>
    private Task FirstWriteHeldOpen(Func<SqliteConnection, SqliteTransaction, Task> work) =>
        _sqlite.Database.WriteAsync(
            async (connection, transaction) =>
            {
                _firstWriteStarted.SetResult();
                await _firstWriteMayFinish.Task.WaitAsync(Ct);
                await work(connection, transaction);
            },
            Ct);

    private async Task CreateTableAsync()
    {
        await _sqlite.Store.InitializeAsync(Ct);
        await _sqlite.Database.WriteAsync(
            async (connection, transaction) =>
            {
                await using var create = connection.Command("CREATE TABLE writes (value INTEGER NOT NULL);", transaction);
                await create.ExecuteNonQueryAsync(Ct);
            },
            Ct);
    }

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction transaction, int value)
    {
        await using var insert = connection.Command("INSERT INTO writes (value) VALUES (@value);", transaction).With("@value", value);
        await insert.ExecuteNonQueryAsync(Ct);
    }
}
