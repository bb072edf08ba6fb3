namespace JobAggregator.Store.Lifecycle;

/// <summary>The date rules every store applies alike: when a stated posting date is not trusted, which day stands for
/// when a posting went up, and when a posting has expired. Days are UTC days.</summary>
internal static class PostingDates
{
    /// <summary>A stated date after the day following the first sighting (time zones allow one day), or more than a
    /// year before it, is more likely wrong than true.</summary>
    public static bool IsSuspect(DateOnly? datePosted, DateTimeOffset firstSeen)
    {
        if (datePosted is not { } posted)
        {
            return false;
        }

        var seen = DayOf(firstSeen);
        return posted > seen.AddDays(1) || posted < seen.AddDays(-365);
    }

    /// <summary>The day sorted and filtered on: the stated date when there is one to trust, else the first sighting's.</summary>
    public static DateOnly EffectivePosted(DateOnly? datePosted, DateTimeOffset firstSeen) =>
        datePosted is { } posted && !IsSuspect(posted, firstSeen) ? posted : DayOf(firstSeen);

    /// <summary>Past its valid-through day at <paramref name="at"/>, unless it stays open until filled.</summary>
    public static bool IsExpired(DateOnly? validThrough, bool openUntilFilled, DateTimeOffset at) =>
        !openUntilFilled && validThrough is { } through && through < DayOf(at);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);
}
