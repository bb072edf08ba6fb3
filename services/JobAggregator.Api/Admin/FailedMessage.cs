namespace JobAggregator.Api.Admin;

/// <summary>A message whose consumer failed after its retries, kept in its queue's <c>_error</c> queue.</summary>
/// <param name="Id">The message's id, by which it is replayed or deleted.</param>
/// <param name="Queue">The queue it failed in, and is replayed to.</param>
/// <param name="Exception">The exception's message, as the failing consumer recorded it.</param>
public sealed record FailedMessage(
    string Id,
    string Queue,
    string? MessageType,
    string? ExceptionType,
    string? Exception,
    DateTimeOffset? FaultedAt,
    string? SourceId,
    string? PostingKey,
    string? Title);
