namespace JobAggregator.Store.Postings;

public enum PostingStatus
{
    Open,
    Closed,
}
