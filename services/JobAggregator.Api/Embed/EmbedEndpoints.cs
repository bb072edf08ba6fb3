using JobAggregator.Api.Http;
using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;
using JobAggregator.Sources.Organizations;
using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Embed;

/// <summary><c>/embed</c>: any search (<c>?organization=...</c> for a member's own openings) as a list any site may
/// show in an iframe.</summary>
internal static class EmbedEndpoints
{
    public static IEndpointRouteBuilder MapEmbed(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/embed", EmbedAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<RazorComponentResult> EmbedAsync(
        [AsParameters] JobSearchParameters search,
        HttpContext http,
        IPostingReader reader,
        OrganizationDirectory organizations,
        TimeProvider time,
        CancellationToken ct)
    {
        var (list, errors) = await JobEndpoints.SearchAsync(search, reader, organizations, JobEndpoints.Today(time), withFacets: false, ct);
        // Any site may frame this page, and only this one: it has no form and nothing to click but links.
        http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.PagePolicy + "; frame-ancestors *";
        return new RazorComponentResult<EmbedPage>(new
        {
            Results = list,
            Errors = errors,
            Origin = $"{http.Request.Scheme}://{http.Request.Host}",
            Query = SearchLinks.Query(search),
            Today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime),
        })
        { StatusCode = list is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK };
    }
}
