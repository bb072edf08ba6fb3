using JobAggregator.Store.Openings;
using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Tests.Openings;

/// <summary>Opening candidates with plain defaults a test overrides by name.</summary>
internal static class Candidates
{
    public static readonly DateTimeOffset Feb28 = new(2020, 2, 28, 9, 0, 0, TimeSpan.Zero);

    public static OpeningCandidate Candidate(
        string id,
        string sourceId,
        string title,
        string organizationId = "georgia-innocence-project",
        DateOnly? datePosted = null,
        DateOnly? validThrough = null,
        DateTimeOffset? firstSeen = null,
        DateTimeOffset? lastSeen = null,
        PostingStatus status = PostingStatus.Open,
        bool fromOwnSource = false,
        int descriptionLength = 300,
        bool hasSalary = false,
        bool hasLocation = true)
    {
        var first = firstSeen ?? Feb28;
        return new OpeningCandidate(
            id,
            sourceId,
            organizationId,
            title,
            $"https://{sourceId}.example.test/{id}/",
            datePosted,
            validThrough,
            first,
            lastSeen ?? first.AddDays(10),
            status,
            fromOwnSource,
            descriptionLength,
            hasSalary,
            hasLocation);
    }

    /// <summary>The clusters as text, one line each: "id primary [members] reason".</summary>
    public static string Render(IEnumerable<OpeningCluster> clusters) =>
        string.Join('\n', clusters.Select(cluster =>
            $"{cluster.ClusterId} {cluster.PrimaryPostingId} [{string.Join(',', cluster.PostingIds)}] {cluster.MergeReason}"));
}
