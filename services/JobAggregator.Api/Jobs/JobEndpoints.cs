using JobAggregator.Sources.Organizations;
using JobAggregator.Store;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
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
        HttpRequest request,
        IPostingReader reader,
        OrganizationDirectory organizations,
        UnconfirmedSources unconfirmed,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (list, errors) = await SearchAsync(parameters, reader, organizations, Today(time), withFacets: true, cancellationToken);
        if (list is null)
        {
            return TypedResults.ValidationProblem(errors);
        }

        list = list.Next is { } next ? list with { NextUrl = NextUrl(request, next) } : list;
        return TypedResults.Ok(await unconfirmed.MarkAsync(list, cancellationToken));
    }

    /// <summary>The request's own address and search with the next page's cursor in place of its page or cursor.</summary>
    private static string NextUrl(HttpRequest request, string cursor)
    {
        var query = new QueryBuilder(request.Query
            .Where(pair => !pair.Key.Equals("page", StringComparison.OrdinalIgnoreCase) && !pair.Key.Equals("cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(pair => pair.Value.Select(value => new KeyValuePair<string, string>(pair.Key, value ?? ""))))
        {
            { "cursor", cursor },
        };
        return $"{request.PathBase}{request.Path}{query.ToQueryString()}";
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
        var list = new JobList(result.Items.Select(posting => JobItem.From(posting)).ToList(), result.Total, result.Page, result.PageSize)
        {
            TotalExact = result.TotalIsExact,
            Next = result.Next?.Encode(),
        };
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
