using JobAggregator.Store.Postings;

namespace JobAggregator.Store.Openings;

/// <summary>Orders an opening's postings best shown first: open before closed, the organisation's own page before a
/// listing, the fuller ad (longer description, then pay stated, then place stated), the one seen first, then by id.
/// </summary>
internal sealed class PrimaryFirst : IComparer<OpeningCandidate>
{
    public static PrimaryFirst Instance { get; } = new();

    public int Compare(OpeningCandidate? x, OpeningCandidate? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var order = (x.Status == PostingStatus.Open ? 0 : 1).CompareTo(y.Status == PostingStatus.Open ? 0 : 1);
        order = order != 0 ? order : y.FromOwnSource.CompareTo(x.FromOwnSource);
        order = order != 0 ? order : y.DescriptionLength.CompareTo(x.DescriptionLength);
        order = order != 0 ? order : y.HasSalary.CompareTo(x.HasSalary);
        order = order != 0 ? order : y.HasLocation.CompareTo(x.HasLocation);
        order = order != 0 ? order : x.FirstSeen.CompareTo(y.FirstSeen);
        return order != 0 ? order : string.CompareOrdinal(x.PostingId, y.PostingId);
    }
}
