using JobAggregator.Api.Jobs;
using JobAggregator.Sources.Organizations;
using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Feeds;

/// <summary><c>/feeds/jobs.rss</c>, <c>.atom</c> and <c>.json</c>: any search of <c>/api/jobs</c>, same parameters,
/// as a feed to subscribe to.</summary>
internal static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        var feeds = endpoints.MapGroup("/feeds").WithTags("Feeds");
        Map(feeds, "/jobs.rss", "JobsRss", "The openings of a search as RSS 2.0.", RssFeedWriter.ContentType, RssFeedWriter.Write);
        Map(feeds, "/jobs.atom", "JobsAtom", "The openings of a search as Atom.", AtomFeedWriter.ContentType, AtomFeedWriter.Write);
        Map(feeds, "/jobs.json", "JobsJsonFeed", "The openings of a search as JSON Feed 1.1, job fields under _job.", JsonFeedWriter.ContentType, JsonFeedWriter.Write);
        return endpoints;
    }

    private static void Map(RouteGroupBuilder feeds, string pattern, string name, string summary, string contentType, Func<JobFeed, byte[]> write) =>
        feeds.MapGet(pattern, async (
                [AsParameters] JobSearchParameters parameters,
                HttpRequest request,
                IPostingReader reader,
                OrganizationDirectory organizations,
                TimeProvider time,
                CancellationToken ct) =>
            {
                var (list, errors) = await JobEndpoints.SearchAsync(parameters, reader, organizations, JobEndpoints.Today(time), withFacets: false, ct);
                return list is null
                    ? (Results<FileContentHttpResult, ValidationProblem>)TypedResults.ValidationProblem(errors)
                    : TypedResults.Bytes(write(JobFeed.From(list, parameters, request, time.GetUtcNow())), contentType);
            })
            .WithName(name)
            .WithSummary(summary)
            .Produces(StatusCodes.Status200OK, contentType: contentType.Split(';')[0]);
}
