namespace JobAggregator.Api.Jobs;

public sealed record JobList(IReadOnlyList<JobItem> Items, int Total, int Page, int PageSize);
