using JobAggregator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Jobs;

internal static class JobEndpoints
{
    public const int MaxPageSize = 100;

    public static RouteGroupBuilder MapJobs(this RouteGroupBuilder api)
    {
        api.MapGet("/jobs", ListAsync).WithName("ListJobs");
        api.MapGet("/jobs/{id}", GetAsync).WithName("GetJob");
        return api;
    }

    private static async Task<Results<Ok<JobList>, ValidationProblem>> ListAsync(
        IPostingReader reader,
        CancellationToken cancellationToken,
        string? q = null,
        string? organization = null,
        string? location = null,
        string? employmentType = null,
        bool includeClosed = false,
        int page = 1,
        int pageSize = 20)
    {
        var errors = new Dictionary<string, string[]>();
        if (page < 1)
        {
            errors["page"] = [$"page must be 1 or more, not {page}."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize must be between 1 and {MaxPageSize}, not {pageSize}."];
        }

        if (employmentType is not null && !EmploymentTypes.All.Contains(employmentType, StringComparer.OrdinalIgnoreCase))
        {
            errors["employmentType"] = [$"'{employmentType}' is not one of {string.Join(", ", EmploymentTypes.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var result = await reader.SearchAsync(
            new JobQuery
            {
                Text = Blank(q),
                Organization = Blank(organization),
                Location = Blank(location),
                EmploymentType = Blank(employmentType)?.ToUpperInvariant(),
                IncludeClosed = includeClosed,
                Page = page,
                PageSize = pageSize,
            },
            cancellationToken);
        return TypedResults.Ok(new JobList(result.Items.Select(JobItem.From).ToList(), result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<Ok<JobItem>, NotFound>> GetAsync(
        string id, IPostingReader reader, CancellationToken cancellationToken)
    {
        var posting = await reader.GetAsync(id, cancellationToken);
        return posting is null ? TypedResults.NotFound() : TypedResults.Ok(JobItem.From(posting));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
