using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Api.Tests.SourceAlerts;

/// <summary>A real HTTP listener on loopback playing a Slack incoming webhook: keeps every JSON body POSTed to it.</summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<JsonElement> _received = new();
    private WebApplication? _web;

    public IReadOnlyList<JsonElement> Received => _received.ToArray();

    public string Url { get; private set; } = "";

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _web = builder.Build();
        _web.MapPost("/hooks/alerts", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            _received.Enqueue(body.RootElement.Clone());
            return Results.Text("ok");
        });
        await _web.StartAsync(TestContext.Current.CancellationToken);
        var address = _web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = $"{address}/hooks/alerts";
    }

    public async ValueTask DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.StopAsync(CancellationToken.None);
            await _web.DisposeAsync();
        }
    }
}
