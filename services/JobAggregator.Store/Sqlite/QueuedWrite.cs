using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>One caller's write waiting for <see cref="SqliteDatabase"/>'s writer: the work, the caller's cancellation, and
/// the task the caller awaits, which ends only once the batch holding the work has committed (or the work failed).
/// </summary>
/// <param name="boundedStatements">Each statement of the work changes at most a batch's rows
/// (<see cref="SqliteDatabase.WriteAsync(Func{SqliteConnection, SqliteTransaction, Task}, bool, CancellationToken)"/>).
/// </param>
internal sealed class QueuedWrite(Func<SqliteConnection, SqliteTransaction, Task> work, bool boundedStatements, CancellationToken ct)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Func<SqliteConnection, SqliteTransaction, Task> Work { get; } = work;

    public bool BoundedStatements { get; } = boundedStatements;

    public CancellationToken Cancellation { get; } = ct;

    public Task Done => _done.Task;

    public void Committed() => _done.TrySetResult();

    public void Cancelled() => _done.TrySetCanceled(Cancellation);

    public void Failed(Exception failure) => _done.TrySetException(failure);
}
