using JobAggregator.Api.SourceAlerts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Api.Admin;

internal static class AdminEndpoints
{
    /// <summary>The console's pages under <c>/admin</c> and its JSON under <c>/api/admin</c>, every one but sign-in
    /// behind <see cref="OperatorSchemes.Policy"/>; nothing at all (404) when no operator and no API key is configured.</summary>
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        var pages = endpoints.MapGroup(AdminPaths.Console).RequireAuthorization(OperatorSchemes.Policy).ExcludeFromDescription();
        endpoints.MapConsolePages(pages);
        endpoints.MapGroup(AdminPaths.Api).RequireAuthorization(OperatorSchemes.Policy).WithTags("Admin")
            .MapAdminApi()
            .MapFailedMessages()
            .MapSourceAlertMutes();
        return endpoints;
    }
}
