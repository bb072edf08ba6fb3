namespace JobAggregator.Host.Messaging;

/// <summary>A message no consumer can handle however often it is tried: unreadable, or without a field its contract
/// requires. An <see cref="ArgumentException"/>, which every consumer's retry policy lets through at once, so it goes
/// straight to the error queue with this message (no inner exception: the error queue's fault header shows the innermost
/// exception's message only, so this one carries the words).</summary>
internal sealed class MalformedMessageException(string message) : ArgumentException(message);
