namespace JobAggregator.Store.Alerts;

/// <summary>One subscription of one address: a saved search's digest, or a reminder for one opening.</summary>
/// <param name="Id">Random and unguessable; links carry it only inside a signed token.</param>
/// <param name="Search">The search as a query string (<c>?q=...&amp;country=...</c>), validated when saved; empty for
/// every opening.</param>
/// <param name="PostingId">The followed opening of a reminder; null for a search.</param>
/// <param name="DigestedUntil">The end of the window the last digest covered: the next one lists openings first seen
/// after it. Null until the first digest.</param>
/// <param name="RemindedAt">When the reminder was recorded for sending; null until then.</param>
public sealed record Alert(
    string Id,
    string Email,
    AlertKind Kind,
    string Search,
    string? PostingId,
    AlertFrequency Frequency,
    AlertStatus Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ConfirmedAt = null,
    DateTimeOffset? DigestedUntil = null,
    DateTimeOffset? RemindedAt = null,
    DateTimeOffset? UnsubscribedAt = null)
{
    public TimeSpan Period => Frequency == AlertFrequency.Weekly ? TimeSpan.FromDays(7) : TimeSpan.FromDays(1);
}
