using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>A Kestrel server on a free 127.0.0.1 port whose routes a test programs, recording every request (robots.txt
/// included) with its method and body and when it started and finished. Routes match the path and query whatever the
/// method and host. Unmapped paths answer 404.</summary>
internal sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SeenRequest> _requests = new();

    private LoopbackSite(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;
    public int Port => BaseUrl.Port;
    public IReadOnlyList<SeenRequest> Requests => [.. _requests];

    public static async Task<LoopbackSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var site = new LoopbackSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        site.BaseUrl = new Uri(app.Urls.First());
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseUrl, pathAndQuery);

    /// <param name="pathAndQuery">Matched exactly, query included.</param>
    public void Map(string pathAndQuery, RequestDelegate handler) => _routes[pathAndQuery] = handler;

    public void MapText(string pathAndQuery, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Map(pathAndQuery, async context =>
        {
            context.Response.StatusCode = status;
            context.Response.ContentType = contentType;
            await context.Response.WriteAsync(body, context.RequestAborted);
        });

    public void MapRedirect(string pathAndQuery, string location, int status = 302) =>
        Map(pathAndQuery, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.Location = location;
            return Task.CompletedTask;
        });

    public IReadOnlyList<SeenRequest> RequestsTo(string pathAndQuery) =>
        Requests.Where(r => r.PathAndQuery == pathAndQuery).ToList();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        // The body is kept for the test and read again by the route's handler.
        context.Request.EnableBuffering();
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8, leaveOpen: true).ReadToEndAsync(context.RequestAborted);
        context.Request.Body.Position = 0;
        var seen = new SeenRequest(
            context.Request.Path.Value + context.Request.QueryString.Value,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            started)
        {
            Method = context.Request.Method,
            Body = body,
        };
        _requests.Enqueue(seen);
        try
        {
            if (_routes.TryGetValue(seen.PathAndQuery, out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("not found"), context.RequestAborted);
            }
        }
        finally
        {
            seen.Finished = Stopwatch.GetTimestamp();
        }
    }
}
