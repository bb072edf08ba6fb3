namespace JobAggregator.Store;

public enum PostingStatus
{
    Open,
    Closed,
}
