namespace JobAggregator.Store.Operations;

/// <summary>One thing an operator did: who, what (scrape, pause, resume, replay, ...), to what, and when.</summary>
/// <param name="Target">What was acted on: a source id, a message id, or empty.</param>
/// <param name="Detail">More in words, such as the run id a scrape was given.</param>
public sealed record OperatorAction(DateTimeOffset At, string Operator, string Action, string Target, string? Detail);
