using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;
using MongoDB.Driver;

namespace JobAggregator.Store.Messaging;

/// <summary>Tells a store that cannot write now (a busy, locked, read-only, full or missing database; MongoDB out of
/// reach) from a message it can never write: an outage passes, so its messages wait for it instead of failing.</summary>
public static class StoreOutages
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int ReadOnly = 8;
    private const int InputOutput = 10;
    private const int Full = 13;
    private const int CannotOpen = 14;

    public static bool IsOutage(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: Busy or Locked or ReadOnly or InputOutput or Full or CannotOpen } => true,
        DatabaseFileMissingException => true,
        MongoConnectionException or MongoNotPrimaryException or MongoNodeIsRecoveringException or MongoExecutionTimeoutException => true,
        TimeoutException => true,
        _ => false,
    };
}
