namespace JobAggregator.Store.Sqlite;

/// <summary>What an upsert needs to know of the posting already stored.</summary>
/// <param name="ClosedBy">When the run that closed it started (or, failing that, when it closed).</param>
internal sealed record PostingState(StoredPosting Posting, DateTimeOffset? ClosedBy);
