using System.Globalization;

namespace JobAggregator.Store.Openings;

/// <summary>Why postings were taken for one opening, in one sentence a person can check against the postings:
/// "same organisation georgia-innocence-project; 'Operations Coordinator' (georgia-innocence-project) and 'Operations
/// Coordinator – Georgia Innocence Project' (innocence-network): titles match (1.00), seen 2020-02-28 to 2020-03-10
/// and 2020-02-29 to 2020-03-10".</summary>
internal static class MergeReasons
{
    /// <param name="pairs">Each pair of postings that joined the opening, the better one to show first.</param>
    public static string For(
        IReadOnlyList<(OpeningCandidate First, OpeningCandidate Second, TitleSimilarity Titles)> pairs)
    {
        var described = pairs.Select(pair => Describe(pair.First, pair.Second, pair.Titles));
        return $"same organisation {pairs[0].First.OrganizationId}; {string.Join("; ", described)}";
    }

    private static string Describe(OpeningCandidate first, OpeningCandidate second, TitleSimilarity titles)
    {
        var score = titles.Score.ToString("0.00", CultureInfo.InvariantCulture);
        var parts = new List<string>
        {
            titles.ByTruncation
                ? $"the cut-short title is the start of the other ({score})"
                : $"titles match ({score})",
        };
        if (first.DatePosted is not null || second.DatePosted is not null)
        {
            parts.Add($"posted {Date(first.DatePosted)} and {Date(second.DatePosted)}");
        }

        if (first.ValidThrough is not null || second.ValidThrough is not null)
        {
            parts.Add($"closing {Date(first.ValidThrough)} and {Date(second.ValidThrough)}");
        }

        parts.Add($"seen {Seen(first)} and {Seen(second)}");
        return $"'{first.Title}' ({first.SourceId}) and '{second.Title}' ({second.SourceId}): "
            + string.Join(", ", parts);
    }

    private static string Seen(OpeningCandidate candidate) =>
        $"{Date(Day(candidate.FirstSeen))} to {Date(Day(candidate.LastSeen))}";

    private static DateOnly Day(DateTimeOffset moment) => DateOnly.FromDateTime(moment.UtcDateTime);

    private static string Date(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unstated";
}
