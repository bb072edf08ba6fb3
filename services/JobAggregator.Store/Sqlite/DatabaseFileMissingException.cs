namespace JobAggregator.Store.Sqlite;

/// <summary>The database file the store opened is no longer at its path: deleted or moved while the store ran.</summary>
public sealed class DatabaseFileMissingException(string path)
    : IOException($"the database file {path} is gone: it was deleted or moved while the store ran; put it back, or restart the store to begin a new one");
