using Microsoft.Extensions.Logging;

namespace JobAggregator.Store.MongoDb;

internal static partial class MongoStoreLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready in MongoDB database {MongoDatabase}, indexes in place")]
    public static partial void StoreReady(this ILogger logger, string mongoDatabase);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {ScrapeRunId} of {SourceId} is already recorded")]
    public static partial void RunAlreadyRecorded(this ILogger logger, Guid scrapeRunId, string sourceId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {ScrapeRunId} of {SourceId} closed {ClosedPostings} postings it no longer lists")]
    public static partial void PostingsClosed(this ILogger logger, Guid scrapeRunId, string sourceId, int closedPostings);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Posting {PostingKey} changed while being written; reading it again (attempt {Attempt})")]
    public static partial void PostingChangedConcurrently(this ILogger logger, string postingKey, int attempt);

    [LoggerMessage(Level = LogLevel.Information, Message = "Filled the new derived fields of {PostingCount} postings stored by an earlier version")]
    public static partial void OldPostingsDerived(this ILogger logger, int postingCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved the content of {PostingCount} postings stored by an earlier version into their content subdocument")]
    public static partial void ContentMovedIntoSubdocument(this ILogger logger, long postingCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {ScrapeRunId} of {SourceId} listed {PostingsFound} postings where the last reading run listed {PostingsFoundBefore}: a partial drop, so it closed none of those it missed")]
    public static partial void PartialDropKeptOpen(this ILogger logger, Guid scrapeRunId, string sourceId, int postingsFound, int postingsFoundBefore);
}
