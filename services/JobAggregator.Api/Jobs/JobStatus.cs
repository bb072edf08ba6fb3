using JobAggregator.Store;
using JobAggregator.Store.Postings;

namespace JobAggregator.Api.Jobs;

internal static class JobStatus
{
    public static string Of(PostingStatus status) => status == PostingStatus.Open ? "open" : "closed";
}
