using JobAggregator.Api.Crawlers;
using JobAggregator.Api.Feeds;
using JobAggregator.Api.Jobs;
using JobAggregator.Api.Pages;
using JobAggregator.Api.Sources;
using JobAggregator.Sources;
using JobAggregator.Sources.Organizations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobAggregator.Api;

public static class ApiRegistration
{
    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddRazorComponents();
        services.TryAddSingleton(TimeProvider.System);

        // Built once from the sources catalog, which the Host registers for every role.
        services.TryAddSingleton(provider => OrganizationDirectory.From(provider.GetRequiredService<SourceCatalog>()));
        return services;
    }

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPages();
        endpoints.MapFeeds();
        endpoints.MapCrawlerFiles();
        endpoints.MapGroup("/api").MapJobs().MapSources();
        return endpoints;
    }
}
