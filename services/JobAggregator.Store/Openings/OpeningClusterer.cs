namespace JobAggregator.Store.Openings;

/// <summary>Groups one organisation's postings into openings: postings of different sources whose titles are alike
/// (<see cref="TitleSimilarity"/>) and whose dates fit one opening (<see cref="OpeningMatch"/>).</summary>
/// <remarks>Openings are built greedily from the most alike pairs (ties by posting id); two groups join only when every
/// posting of one is the same opening as every posting of the other and no source would hold two of them, so a group
/// never drifts from its members by a chain of near matches. The result depends on the postings only, not on their
/// order.</remarks>
public static class OpeningClusterer
{
    /// <summary>Postings last seen longer ago than this are left out of openings, and stand alone: the same title posted
    /// again after that is a new opening.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromDays(180);

    /// <param name="candidates">All postings of one organisation, open and closed, last seen within the past 180 days;
    /// each id once.</param>
    /// <returns>Every candidate in exactly one opening, ordered by <see cref="OpeningCluster.ClusterId"/>.</returns>
    public static IReadOnlyList<OpeningCluster> Cluster(IReadOnlyList<OpeningCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return ClusterRead(candidates
            .Select(candidate => new ReadCandidate(candidate, OpeningTitle.Read(candidate.Title, candidate.OrganizationId)))
            .ToList());
    }

    /// <summary>The same, for candidates whose titles are already read.</summary>
    internal static IReadOnlyList<OpeningCluster> ClusterRead(IReadOnlyList<ReadCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var read = candidates.OrderBy(candidate => candidate.Candidate.PostingId, StringComparer.Ordinal).ToList();
        for (var index = 1; index < read.Count; index++)
        {
            if (read[index].Candidate.PostingId == read[index - 1].Candidate.PostingId)
            {
                throw new ArgumentException(
                    $"Posting {read[index].Candidate.PostingId} is given twice.", nameof(candidates));
            }
        }

        var links = Links(read);
        var linked = links.Select(link => (link.First, link.Second)).ToHashSet();
        var members = Enumerable.Range(0, read.Count).Select(index => new List<int> { index }).ToList();
        var joins = Enumerable.Range(0, read.Count).Select(_ => new List<int>()).ToList();
        var groupOf = Enumerable.Range(0, read.Count).ToArray();
        for (var rank = 0; rank < links.Count; rank++)
        {
            var (kept, joining) = (groupOf[links[rank].First], groupOf[links[rank].Second]);
            if (kept == joining || !AllLinked(members[kept], members[joining], linked))
            {
                continue;
            }

            foreach (var member in members[joining])
            {
                groupOf[member] = kept;
            }

            members[kept].AddRange(members[joining]);
            members[joining].Clear();
            joins[kept].AddRange(joins[joining]);
            joins[kept].Add(rank);
            joins[joining].Clear();
        }

        return members
            .Where(group => group.Count > 0)
            .Select(group => Opening(group, joins[groupOf[group[0]]], read, links))
            .OrderBy(opening => opening.ClusterId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Every pair that is the same opening, most alike first, then by the postings' ids.</summary>
    private static List<Link> Links(List<ReadCandidate> read)
    {
        var links = new List<Link>();
        for (var first = 0; first < read.Count; first++)
        {
            for (var second = first + 1; second < read.Count; second++)
            {
                if (OpeningMatch.Of(read[first], read[second]) is { } similarity)
                {
                    links.Add(new Link(first, second, similarity));
                }
            }
        }

        return links
            .OrderByDescending(link => link.Titles.Score)
            .ThenBy(link => link.First)
            .ThenBy(link => link.Second)
            .ToList();
    }

    /// <summary>Every posting of one group is the same opening as every posting of the other, which also means no
    /// source is in both.</summary>
    private static bool AllLinked(List<int> group, List<int> other, HashSet<(int, int)> linked) =>
        group.All(first => other.All(second => linked.Contains(first < second ? (first, second) : (second, first))));

    private static OpeningCluster Opening(
        List<int> group, List<int> joinRanks, List<ReadCandidate> read, List<Link> links)
    {
        var ordered = group.Select(index => read[index].Candidate).Order(PrimaryFirst.Instance).ToList();
        var clusterId = OpeningClusterIds.For(ordered.Select(candidate => (candidate.PostingId, candidate.FirstSeen)));
        var reason = ordered.Count == 1
            ? null
            : MergeReasons.For(joinRanks.Order().Select(rank => Pair(links[rank], read)).ToList());
        var postingIds = ordered.Select(candidate => candidate.PostingId).ToList();
        return new OpeningCluster(clusterId, postingIds[0], postingIds, reason);
    }

    private static (OpeningCandidate, OpeningCandidate, TitleSimilarity) Pair(Link link, List<ReadCandidate> read)
    {
        var (first, second) = (read[link.First].Candidate, read[link.Second].Candidate);
        return PrimaryFirst.Instance.Compare(first, second) <= 0
            ? (first, second, link.Titles)
            : (second, first, link.Titles);
    }

    /// <param name="First">Index of the posting with the smaller id.</param>
    private sealed record Link(int First, int Second, TitleSimilarity Titles);
}
