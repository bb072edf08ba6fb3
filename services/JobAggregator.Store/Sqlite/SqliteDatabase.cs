using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Sqlite;

/// <summary>The one SQLite file: hands out configured connections and is its one writer, because SQLite takes one
/// writer at a time and queuing here is cheaper than waiting on its busy handler. Writes that queue up meanwhile are
/// committed together (<see cref="WriteAsync"/>).</summary>
internal sealed class SqliteDatabase : IDisposable
{
    private const int BusyTimeoutMilliseconds = 5000;

    /// <summary>Bounds one transaction, so a burst of messages is committed in steps rather than held uncommitted.
    /// </summary>
    private const int MaxWritesPerCommit = 256;

    /// <summary>The reading connections' page cache, SQLite's default (negative: in KiB).</summary>
    public const int ReaderCacheKibibytes = 2000;


    /// <summary>Pages of write-ahead log before the writer copies them back into the file: four times SQLite's default,
    /// so a burst of commits is checkpointed in fewer, larger steps.</summary>
    public const int WriterAutoCheckpointPages = 4000;

    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentQueue<QueuedWrite> _queued = new();
    private readonly string _connectionString;
    private readonly string _writerConnectionString;

    /// <summary>The writer's page cache (<see cref="StoreOptions.SqliteWriterCacheMebibytes"/>): a write to the full-text
    /// index touches pages all over it, and with the default 2 MB cache a store of 100,000 postings reads thousands of
    /// pages back for each commit.</summary>
    private readonly int _writerCacheKibibytes;
    private volatile bool _created;

    /// <summary>The one writer's connection, kept open from one transaction to the next with its settings and its
    /// prepared statements (<see cref="WriterCommands"/>), so a batch neither sets five pragmas again nor prepares its
    /// statements and their triggers again; dropped when a transaction fails or the file is gone. Used under the write
    /// lock only.</summary>
    private SqliteConnection? _writer;
    private SqliteReusedCommands? _writerCommands;
    private bool _writerMemoryJournal;

    public SqliteDatabase(IOptions<StoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        FilePath = Path.GetFullPath(options.Value.SqlitePath);
        _writerCacheKibibytes = options.Value.SqliteWriterCacheMebibytes * 1024;
        var connection = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
        };
        _writerConnectionString = connection.ToString();
        // Readers never create the file: a reader opening after the file was deleted must fail, not start an empty one.
        connection.Mode = SqliteOpenMode.ReadWrite;
        _connectionString = connection.ToString();
    }

    public string FilePath { get; }

    /// <summary>Opens a pooled connection with the per-connection settings applied.</summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken ct) => OpenAsync(writer: false, memoryJournal: false, ct);

    /// <param name="writer">The one writer's connection, with its larger page cache; connections are pooled, so every
    /// open sets the cache it needs.</param>
    /// <param name="memoryJournal">The writer keeps what it saves to undo a statement in memory rather than in a
    /// temporary file (<c>temp_store = MEMORY</c>): SQLite writes a statement's undo pages to a file once they pass
    /// 64 KiB, which a posting's insert (its row, 19 indexes, the triggers' tables) does every time.</param>
    private async Task<SqliteConnection> OpenAsync(bool writer, bool memoryJournal, CancellationToken ct)
    {
        if (writer && _created && !File.Exists(FilePath))
        {
            // Pooled connections would go on writing to the deleted file, where nothing survives a restart.
            ClearPools();
            throw new DatabaseFileMissingException(FilePath);
        }

        var connection = new SqliteConnection(writer ? _writerConnectionString : _connectionString);
        try
        {
            await connection.OpenAsync(ct);
            _created |= writer;
            await using var pragmas = connection.CreateCommand();
            // Other processes (an api replica) may hold the write lock briefly; wait for them inside SQLite.
            // NORMAL is durable enough under WAL: a power cut may lose the last commits, never corrupt the file.
            pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; "
                + (writer
                    ? $"PRAGMA cache_size = -{_writerCacheKibibytes}; PRAGMA wal_autocheckpoint = {WriterAutoCheckpointPages}; "
                        + TempStore(memoryJournal)
                    : $"PRAGMA cache_size = -{ReaderCacheKibibytes};");
            await pragmas.ExecuteNonQueryAsync(ct);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static string TempStore(bool memoryJournal) => $"PRAGMA temp_store = {(memoryJournal ? "MEMORY" : "DEFAULT")};";

    /// <summary>The writer's connection, opened when there is none (or the file is gone: then this throws), its statement
    /// journal set for <paramref name="memoryJournal"/>.</summary>
    private async Task<SqliteConnection> WriterAsync(bool memoryJournal)
    {
        if (_writer is null || !File.Exists(FilePath))
        {
            await ForgetWriterAsync();
            _writer = await OpenAsync(writer: true, memoryJournal, CancellationToken.None);
            _writerMemoryJournal = memoryJournal;
        }
        else if (_writerMemoryJournal != memoryJournal)
        {
            await using var pragma = _writer.Command(TempStore(memoryJournal));
            await pragma.ExecuteNonQueryAsync(CancellationToken.None);
            _writerMemoryJournal = memoryJournal;
        }

        return _writer;
    }

    private async ValueTask ForgetWriterAsync()
    {
        if (_writerCommands is not null)
        {
            await _writerCommands.DisposeAsync();
            _writerCommands = null;
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync();
            _writer = null;
        }
    }

    /// <summary>The writer's commands, kept prepared from one transaction to the next, for a write run by the writer in
    /// <paramref name="transaction"/>.</summary>
    internal SqliteReusedCommands WriterCommands(SqliteTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        if (_writer is null || !ReferenceEquals(transaction.Connection, _writer))
        {
            throw new InvalidOperationException("The writer's commands are for a write in the writer's own transaction.");
        }

        _writerCommands ??= new SqliteReusedCommands(_writer, transaction);
        _writerCommands.Use(transaction);
        return _writerCommands;
    }

    /// <summary>Runs <paramref name="work"/> in its own savepoint of an immediate transaction, one writer at a time, and
    /// returns once that transaction has committed; rolls back only this work when it throws, and rethrows.</summary>
    /// <remarks>A group commit: works queued while the writer is busy are applied together by the next writer, in the
    /// order they came, in one transaction, so a burst of messages pays for one lock and one commit rather than one each. Each is acknowledged to its
    /// caller only after that commit, so a caller (a message consumer) never acknowledges what could still be lost.
    /// </remarks>
    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> work, CancellationToken ct) =>
        WriteAsync(work, boundedStatements: false, ct);

    /// <inheritdoc cref="WriteAsync(Func{SqliteConnection, SqliteTransaction, Task}, CancellationToken)"/>
    /// <param name="boundedStatements">Each statement of <paramref name="work"/> changes about a batch's rows, so it has its
    /// transaction to itself and what SQLite saves to undo a statement is kept in memory (see
    /// <see cref="OpenAsync(bool, bool, CancellationToken)"/>); a statement over a whole listing (a run's sightings) or
    /// the whole file must not, as it would hold a copy of every page it changes.</param>
    public Task WriteAsync(Func<SqliteConnection, SqliteTransaction, Task> work, bool boundedStatements, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        return CommitAsync(Queue(work, boundedStatements, ct));
    }

    /// <summary>The first half of <see cref="WriteAsync(Func{SqliteConnection, SqliteTransaction, Task}, bool, CancellationToken)"/>:
    /// puts the work in the queue; <see cref="CommitAsync"/> then waits until it has committed.</summary>
    internal QueuedWrite Queue(Func<SqliteConnection, SqliteTransaction, Task> work, bool boundedStatements, CancellationToken ct)
    {
        var write = new QueuedWrite(work, boundedStatements, ct);
        _queued.Enqueue(write);
        return write;
    }

    /// <summary>Takes the write lock and applies queued writes until <paramref name="write"/> is done, then returns once
    /// it has committed (or failed).</summary>
    /// <remarks>Callers reach the lock in another order than their writes reached the queue whenever one thread queues
    /// between another's queuing and its wait for the lock, and a transaction may stop short of the caller's own write
    /// (<see cref="TakeQueuedWrites"/>). A caller applying one transaction only then left its write queued with no one
    /// left to apply it: seen as a run's postings never stored, with nothing logged.</remarks>
    internal async Task CommitAsync(QueuedWrite write)
    {
        // Not cancellable: once queued, the write is either applied, or cancelled, by this caller or an earlier one.
        await _writeLock.WaitAsync(CancellationToken.None);
        try
        {
            while (!write.Done.IsCompleted)
            {
                await ApplyQueuedAsync();
            }
        }
        finally
        {
            _writeLock.Release();
        }

        await write.Done;
    }

    /// <summary>Runs a block outside any transaction under the write lock, for statements SQLite refuses inside one
    /// (switching the journal mode).</summary>
    public async Task WriteWithoutTransactionAsync(Func<SqliteConnection, Task> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(writer: true, memoryJournal: false, ct);
            await work(connection);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        _writer?.Dispose();
        ClearPools();

        _writeLock.Dispose();
    }

    private void ClearPools()
    {
        foreach (var connectionString in new[] { _connectionString, _writerConnectionString })
        {
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    /// <summary>Applies the writes queued so far (up to <see cref="MaxWritesPerCommit"/>; a bounded one alone, see
    /// <see cref="TakeQueuedWrites"/>) in one transaction, each in its own savepoint, then commits and
    /// acknowledges them; called under the write lock. A write alone in its transaction needs no savepoint: when it
    /// fails the transaction is rolled back whole.</summary>
    /// <remarks>A savepoint open over a whole write makes SQLite save the original of every page the write changes
    /// before changing it, thousands for a batch of postings; without it, and with the statements' undo in memory, a
    /// batch of postings cost about half the CPU (README, "Pipeline benchmark"). A posting batch is always alone.
    /// </remarks>
    private async Task ApplyQueuedAsync()
    {
        var batch = TakeQueuedWrites();
        var alone = batch.Count == 1;
        var applied = new List<QueuedWrite>(batch.Count);
        try
        {
            // The batch belongs to many callers, so no one caller's cancellation may stop its commit.
            var connection = await WriterAsync(memoryJournal: batch[0].BoundedStatements);
            await using var transaction = connection.BeginTransaction(deferred: false);
            for (var i = 0; i < batch.Count; i++)
            {
                var write = batch[i];
                if (write.Cancellation.IsCancellationRequested)
                {
                    write.Cancelled();
                    continue;
                }

                if (alone)
                {
                    // A failure leaves by the catch below, which fails this write; the transaction is rolled back as
                    // it is disposed uncommitted.
                    await write.Work(connection, transaction);
                    applied.Add(write);
                    continue;
                }

                var savepoint = $"write_{i}";
                transaction.Save(savepoint);
                try
                {
                    await write.Work(connection, transaction);
                    transaction.Release(savepoint);
                    applied.Add(write);
                }
                catch (Exception failure)
                {
                    // If the failure ended the whole transaction, this throws and the batch fails below.
                    transaction.Rollback(savepoint);
                    transaction.Release(savepoint);
                    write.Failed(failure);
                }
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        catch (Exception failure)
        {
            await ForgetWriterAsync();
            foreach (var write in batch)
            {
                write.Failed(failure);
            }

            return;
        }

        foreach (var write in applied)
        {
            write.Committed();
        }
    }

    /// <summary>What the next transaction applies: a bounded write (a posting batch) alone, so it needs no savepoint
    /// and keeps its undo in memory; otherwise the queued writes from the first on, up to the next bounded one, which
    /// waits, in its order, for a transaction of its own. Mixed with a run's completion a posting batch had a savepoint
    /// and its undo in a temporary file: in a sample of a first import from 200 sources most of what the store wrote
    /// (README, "Pipeline benchmark"). Called under the write lock, the one place that takes from the queue.</summary>
    private List<QueuedWrite> TakeQueuedWrites()
    {
        var batch = new List<QueuedWrite>();
        while (batch.Count < MaxWritesPerCommit
            && _queued.TryPeek(out var next)
            && (batch.Count == 0 || !(next.BoundedStatements || batch[0].BoundedStatements))
            && _queued.TryDequeue(out var queued))
        {
            batch.Add(queued);
        }

        return batch;
    }
}
