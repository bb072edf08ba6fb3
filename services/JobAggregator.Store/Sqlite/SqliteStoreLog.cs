using Microsoft.Extensions.Logging;

namespace JobAggregator.Store.Sqlite;

internal static partial class SqliteStoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready at {SqlitePath}, schema version {SchemaVersion}")]
    public static partial void StoreReady(this ILogger logger, string sqlitePath, int schemaVersion);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {ScrapeRunId} of {SourceId} is already recorded")]
    public static partial void RunAlreadyRecorded(this ILogger logger, Guid scrapeRunId, string sourceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {ScrapeRunId} of {SourceId} closed {ClosedPostings} postings it no longer lists")]
    public static partial void PostingsClosed(this ILogger logger, Guid scrapeRunId, string sourceId, int closedPostings);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {ExpiredPostings} postings past their valid-through date at {At}")]
    public static partial void PostingsExpired(this ILogger logger, int expiredPostings, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {ScrapeRunId} of {SourceId} listed {PostingsFound} postings where the last reading run listed {PostingsFoundBefore}: a partial drop, so it closed none of those it missed")]
    public static partial void PartialDropKeptOpen(this ILogger logger, Guid scrapeRunId, string sourceId, int postingsFound, int postingsFoundBefore);
}
