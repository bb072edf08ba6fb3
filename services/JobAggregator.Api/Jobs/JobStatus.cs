using JobAggregator.Store;

namespace JobAggregator.Api.Jobs;

internal static class JobStatus
{
    public static string Of(PostingStatus status) => status == PostingStatus.Open ? "open" : "closed";
}
