using Quartz;

namespace JobAggregator.Sources.Health;

/// <summary>The one back-off rule for failing sources, shared by the scheduler (which skips the slots before the next
/// attempt) and the api role (which shows the next attempt), so the two agree without talking.</summary>
public static class SourceBackOff
{
    /// <summary>How long after its latest failure a source that failed <paramref name="consecutiveFailures"/> runs in a
    /// row waits: its schedule's interval doubled for each failure, at most <paramref name="cap"/>; none without
    /// failures.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative failure count, or an interval or cap that is not
    /// positive.</exception>
    public static TimeSpan Delay(TimeSpan scheduleInterval, int consecutiveFailures, TimeSpan cap)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(consecutiveFailures);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(scheduleInterval, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(cap, TimeSpan.Zero);
        if (consecutiveFailures == 0)
        {
            return TimeSpan.Zero;
        }

        // Past 2^40 any interval of a second or more is far over any cap; the exponent stops there to stay finite.
        var doubled = scheduleInterval.Ticks * Math.Pow(2, Math.Min(consecutiveFailures, 40));
        return doubled >= cap.Ticks ? cap : TimeSpan.FromTicks((long)doubled);
    }

    /// <summary>The first slot of <paramref name="schedule"/> (a Quartz cron expression) a failing source may be scraped
    /// at again; null when it is not failing (it follows its schedule) or the schedule never fires again.</summary>
    /// <remarks>The failure comes a little after its slot (the jitter, the run itself), so the back-off counts from the
    /// slot after the failure: one failure skips one slot, two skip three, three skip seven, up to the cap.</remarks>
    /// <exception cref="FormatException"><paramref name="schedule"/> is not a cron expression.</exception>
    public static DateTimeOffset? NextAttemptAt(string schedule, int consecutiveFailures, DateTimeOffset? lastFailureAt, TimeSpan cap)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schedule);
        if (consecutiveFailures <= 0 || lastFailureAt is not { } failedAt)
        {
            return null;
        }

        var cron = new CronExpression(schedule);
        if (cron.GetNextValidTimeAfter(failedAt) is not { } nextSlot || cron.GetNextValidTimeAfter(nextSlot) is not { } slotAfter)
        {
            return null;
        }

        var interval = slotAfter - nextSlot;
        var wait = Delay(interval, consecutiveFailures, cap) - interval;
        return wait <= TimeSpan.Zero ? nextSlot : cron.GetNextValidTimeAfter(failedAt + wait);
    }
}
