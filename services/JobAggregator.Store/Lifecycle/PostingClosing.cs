using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Lifecycle;

/// <summary>Why and when a posting closed.</summary>
/// <param name="Reason">A value of <see cref="ClosedReasons"/>.</param>
/// <param name="ByRunStartedAt">The start of the run that closed it: only a sighting after it reopens the posting, as
/// the run had taken every earlier one into account.</param>
internal sealed record PostingClosing(string Reason, DateTimeOffset At, DateTimeOffset ByRunStartedAt)
{
    /// <summary>Past its closing date at <paramref name="at"/>; a sighting after that instant may reopen it once its
    /// closing date has moved.</summary>
    public static PostingClosing Expired(DateTimeOffset at) => new(ClosedReasons.Expired, at, at);
}
