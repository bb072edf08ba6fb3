using JobAggregator.Sources.Organizations;
using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Jobs;

internal static class JobEndpoints
{
    public static RouteGroupBuilder MapJobs(this RouteGroupBuilder api)
    {
        api.MapGet("/jobs", ListAsync).WithName("ListJobs");
        api.MapGet("/jobs/{id}", GetAsync).WithName("GetJob");
        return api;
    }

    private static async Task<Results<Ok<JobList>, ValidationProblem>> ListAsync(
        [AsParameters] JobSearchParameters parameters,
        IPostingReader reader,
        OrganizationDirectory organizations,
        UnconfirmedSources unconfirmed,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (list, errors) = await SearchAsync(parameters, reader, organizations, Today(time), withFacets: true, cancellationToken);
        return list is null ? TypedResults.ValidationProblem(errors) : TypedResults.Ok(await unconfirmed.MarkAsync(list, cancellationToken));
    }

    /// <summary>The search behind <c>/api/jobs</c> and the web page: the openings, with the facet counts when asked, or
    /// every problem with the parameters by name.</summary>
    /// <param name="today">The day "closing within" counts from.</param>
    internal static async Task<(JobList? List, Dictionary<string, string[]> Errors)> SearchAsync(
        JobSearchParameters parameters,
        IPostingReader reader,
        OrganizationDirectory organizations,
        DateOnly today,
        bool withFacets,
        CancellationToken cancellationToken)
    {
        var (query, errors) = parameters.ToQuery(today);
        if (query is null)
        {
            return (null, errors);
        }

        query = query with { Organization = CanonicalName(organizations, query.Organization) };
        var result = await reader.SearchAsync(query, cancellationToken);
        var list = new JobList(result.Items.Select(posting => JobItem.From(posting)).ToList(), result.Total, result.Page, result.PageSize);
        return withFacets
            ? (list with { Facets = JobFacetList.From(await reader.GetFacetsAsync(query, cancellationToken)) }, errors)
            : (list, errors);
    }

    internal static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>An organisation's short name or alias from the sources file ("GIP") as the name postings are stored
    /// under, by the rule the normalizer stored them with.</summary>
    private static string? CanonicalName(OrganizationDirectory organizations, string? organization) =>
        organization is null ? null : organizations.Find(organization)?.Name ?? organization;

    private static async Task<Results<Ok<JobItem>, NotFound>> GetAsync(
        string id, IPostingReader reader, UnconfirmedSources unconfirmed, CancellationToken cancellationToken)
    {
        var posting = await reader.GetAsync(id, cancellationToken);
        return posting is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(await unconfirmed.MarkAsync(JobItem.From(posting, withRevisions: true), cancellationToken));
    }
}
