using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace JobAggregator.EndToEnd.Tests.Check;

/// <summary>A Kestrel server on a free 127.0.0.1 port that answers anything and counts every request: what an SSRF would
/// reach. Its port is never among those a test lets count as public.</summary>
internal sealed class CanaryServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _hits;

    private CanaryServer(WebApplication app) => _app = app;

    public int Port { get; private set; }
    public int Hits => Volatile.Read(ref _hits);

    public static async Task<CanaryServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var canary = new CanaryServer(app);
        app.Run(context =>
        {
            Interlocked.Increment(ref canary._hits);
            return context.Response.WriteAsync("canary", context.RequestAborted);
        });
        await app.StartAsync();
        canary.Port = new Uri(app.Urls.First()).Port;
        return canary;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
