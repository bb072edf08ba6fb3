namespace JobAggregator.Store.Openings;

/// <summary>Whether two postings are the same opening: same organisation, different sources, titles alike and dates
/// that fit one opening.</summary>
internal static class OpeningMatch
{
    /// <summary>Stated posting dates further apart than this are two openings; one opening's copies are normally
    /// posted within days, but a network may relay it weeks later.</summary>
    public const int MostDaysBetweenPostingDates = 45;

    /// <summary>Closing dates further apart than this are two openings: a deadline moves by days, not months.</summary>
    public const int MostDaysBetweenClosingDates = 14;

    /// <summary>Postings seen this far apart are two openings: the same title re-posted a year later is a new opening.
    /// </summary>
    public static readonly TimeSpan MostTimeBetweenSightings = TimeSpan.FromDays(60);

    /// <returns>How alike the titles are; null when the two are not the same opening.</returns>
    public static TitleSimilarity? Of(ReadCandidate first, ReadCandidate second)
    {
        var (a, b) = (first.Candidate, second.Candidate);
        if (!string.Equals(a.OrganizationId, b.OrganizationId, StringComparison.Ordinal)
            || string.Equals(a.SourceId, b.SourceId, StringComparison.Ordinal)
            || !DatesFit(a, b))
        {
            return null;
        }

        return TitleSimilarity.Of(first.Title, second.Title);
    }

    private static bool DatesFit(OpeningCandidate a, OpeningCandidate b)
    {
        if (a.DatePosted is { } postedA && b.DatePosted is { } postedB
            && Math.Abs(postedA.DayNumber - postedB.DayNumber) > MostDaysBetweenPostingDates)
        {
            return false;
        }

        if (a.ValidThrough is { } closingA && b.ValidThrough is { } closingB
            && Math.Abs(closingA.DayNumber - closingB.DayNumber) > MostDaysBetweenClosingDates)
        {
            return false;
        }

        var laterStart = a.FirstSeen > b.FirstSeen ? a.FirstSeen : b.FirstSeen;
        var earlierEnd = a.LastSeen < b.LastSeen ? a.LastSeen : b.LastSeen;
        return laterStart - earlierEnd <= MostTimeBetweenSightings;
    }
}

