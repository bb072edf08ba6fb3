using JobAggregator.Api.Jobs;
using JobAggregator.Api.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api;

public static class ApiRegistration
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        return services;
    }

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", () => TypedResults.Ok(new
        {
            name = "JobAggregator",
            jobs = "/api/jobs",
            sources = "/api/sources",
            health = new { live = "/health/live", ready = "/health/ready" },
        })).ExcludeFromDescription();
        endpoints.MapGroup("/api").MapJobs().MapSources();
        return endpoints;
    }
}
