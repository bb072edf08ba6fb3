using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Api.Feeds;

/// <summary>One page of a search as a feed, whatever its format: what RSS, Atom and JSON Feed each write out.</summary>
/// <param name="SiteUrl">The web page of the same search.</param>
/// <param name="SelfUrl">This feed's own address, with the search.</param>
/// <param name="NextUrl">The next page of the same feed, when there is one.</param>
internal sealed record JobFeed(
    string Title,
    string SiteUrl,
    string SelfUrl,
    string? NextUrl,
    DateTimeOffset Updated,
    IReadOnlyList<JobFeedEntry> Entries)
{
    public static JobFeed From(JobList list, JobSearchParameters search, HttpRequest request, DateTimeOffset now)
    {
        var origin = $"{request.Scheme}://{request.Host}";
        var entries = list.Items.Select(job => JobFeedEntry.From(job, origin, now)).ToList();
        var hasNext = list.Page * list.PageSize < list.Total;
        return new JobFeed(
            string.IsNullOrWhiteSpace(search.Q) ? "Open positions · JobAggregator" : $"Open positions matching “{search.Q.Trim()}” · JobAggregator",
            $"{origin}/{SearchLinks.Query(search, list.Page)}",
            $"{origin}{request.Path}{SearchLinks.Query(search, list.Page)}",
            hasNext ? $"{origin}{request.Path}{SearchLinks.Query(search, list.Page + 1)}" : null,
            entries.Count == 0 ? now : entries.Max(e => e.Updated),
            entries);
    }
}
