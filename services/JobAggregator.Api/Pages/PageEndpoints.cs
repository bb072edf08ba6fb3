using JobAggregator.Api.Http;
using JobAggregator.Api.Jobs;
using JobAggregator.Sources;
using JobAggregator.Sources.Organizations;
using JobAggregator.Store;
using JobAggregator.Store.Postings;
using JobAggregator.Store.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace JobAggregator.Api.Pages;

/// <summary>The web pages for job seekers, rendered on the server: they work without JavaScript.</summary>
internal static class PageEndpoints
{
    private const int SimilarOpenings = 5;

    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder endpoints)
    {
        // Their alert and reminder forms carry the visitor's own antiforgery token.
        SharedPageCache.Keep(endpoints.MapGet("/", ListAsync).ExcludeFromDescription());
        SharedPageCache.Keep(endpoints.MapGet("/jobs/{id}", JobAsync).ExcludeFromDescription());
        endpoints.MapGet("/organizations", OrganizationsAsync).ExcludeFromDescription();
        endpoints.MapGet("/organizations/{id}", OrganizationAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<RazorComponentResult> ListAsync(
        [AsParameters] JobSearchParameters search,
        IPostingReader reader,
        OrganizationDirectory directory,
        UnconfirmedSources unconfirmed,
        TimeProvider time,
        CancellationToken ct)
    {
        var (list, errors) = await JobEndpoints.SearchAsync(search, reader, directory, JobEndpoints.Today(time), withFacets: true, ct);
        list = list is null ? null : await unconfirmed.MarkAsync(list, ct);
        return new RazorComponentResult<JobsPage>(new
        {
            Search = search,
            Errors = errors,
            Results = list,
            Directory = directory,
            Today = JobEndpoints.Today(time),
        })
        { StatusCode = list is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK };
    }

    private static async Task<RazorComponentResult> JobAsync(
        string id,
        HttpRequest request,
        IPostingReader reader,
        SourceCatalog catalog,
        UnconfirmedSources unconfirmed,
        TimeProvider time,
        CancellationToken ct)
    {
        var posting = await reader.GetAsync(id, ct);
        if (posting is null)
        {
            return NotFound($"There is no opening with the id '{id}'.");
        }

        var job = await unconfirmed.MarkAsync(JobItem.From(posting), ct);
        if (posting.Status == PostingStatus.Closed)
        {
            return new RazorComponentResult<JobPage>(new { Job = job, Similar = await SimilarAsync(job, reader, ct), Today = JobEndpoints.Today(time) })
            {
                StatusCode = StatusCodes.Status410Gone,
            };
        }

        var pageUrl = new Uri($"{request.Scheme}://{request.Host}/jobs/{Uri.EscapeDataString(job.Id)}");
        var website = catalog.All.FirstOrDefault(s => string.Equals(s.Organization, job.Organization.Name, StringComparison.OrdinalIgnoreCase))?.Website;
        var markedUpAtSource = JobPostingJsonLd.SourceCarriesMarkup(job);
        return new RazorComponentResult<JobPage>(new
        {
            Job = job,
            JsonLd = markedUpAtSource ? null : JobPostingJsonLd.For(job, pageUrl, website),
            CanonicalUrl = markedUpAtSource ? job.Url : pageUrl.AbsoluteUri,
            Today = JobEndpoints.Today(time),
        });
    }

    private static async Task<RazorComponentResult> OrganizationsAsync(IPostingReader reader, SourceCatalog catalog, CancellationToken ct) =>
        new RazorComponentResult<OrganizationsPage>(new { Organizations = await OrganizationSummaries.AllAsync(reader, catalog, ct) });

    private static async Task<RazorComponentResult> OrganizationAsync(
        string id, IPostingReader reader, SourceCatalog catalog, TimeProvider time, CancellationToken ct)
    {
        var organization = await OrganizationSummaries.FindAsync(reader, catalog, id, ct);
        if (organization is null)
        {
            return NotFound($"There is no member organisation '{id}'.");
        }

        var openings = await reader.SearchAsync(new JobQuery { Organization = organization.Id, PageSize = JobSearchParameters.MaxPageSize }, ct);
        return new RazorComponentResult<OrganizationPage>(new
        {
            Organization = organization,
            Openings = openings.Items.Select(posting => JobItem.From(posting)).ToList(),
            Today = JobEndpoints.Today(time),
        });
    }

    /// <summary>Open openings of the same role, else of the same organisation.</summary>
    private static async Task<IReadOnlyList<JobItem>> SimilarAsync(JobItem job, IPostingReader reader, CancellationToken ct)
    {
        var query = job.Categories.FirstOrDefault(c => c != "other") is { } category
            ? new JobQuery { Category = category, PageSize = SimilarOpenings + 1 }
            : new JobQuery { Organization = job.Organization.Id, PageSize = SimilarOpenings + 1 };
        var similar = await reader.SearchAsync(query, ct);
        return similar.Items.Where(p => p.Id != job.Id).Take(SimilarOpenings).Select(p => JobItem.From(p)).ToList();
    }

    private static RazorComponentResult<NotFoundPage> NotFound(string message) =>
        new RazorComponentResult<NotFoundPage>(new { Message = message }) { StatusCode = StatusCodes.Status404NotFound };

}
