using JobAggregator.Api.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace JobAggregator.Api.Http;

/// <summary>The body of an error status that has none: ProblemDetails, except a browser asking for a page that does not
/// exist, which gets the site's own "not found" page.</summary>
internal static class ErrorAnswers
{
    private static readonly string[] MachinePaths = ["/api", "/feeds", "/openapi", "/sitemap.xml", "/robots.txt"];

    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode == StatusCodes.Status404NotFound && WantsPage(http.Request))
        {
            // Outside an endpoint, so rendered to text here rather than as an endpoint's RazorComponentResult.
            await using var renderer = new HtmlRenderer(http.RequestServices, http.RequestServices.GetRequiredService<ILoggerFactory>());
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Message"] = $"There is no page at {http.Request.Path}." });
            var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<NotFoundPage>(parameters)).ToHtmlString());
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(html, http.RequestAborted);
            return;
        }

        await ProblemAsync(http, new ProblemDetails { Status = http.Response.StatusCode });
    }

    /// <summary>Writes <paramref name="problem"/> through the ProblemDetails service, and as application/problem+json
    /// even to a client whose Accept header names no type the service writes.</summary>
    public static async Task ProblemAsync(HttpContext http, ProblemDetails problem)
    {
        if (!await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem }))
        {
            await TypedResults.Problem(problem).ExecuteAsync(http);
        }
    }

    private static bool WantsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !MachinePaths.Any(path => request.Path.StartsWithSegments(path, StringComparison.OrdinalIgnoreCase))
        && request.GetTypedHeaders().Accept.Any(type => type.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
