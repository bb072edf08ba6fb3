using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Api.Admin;
using JobAggregator.Contracts;
using JobAggregator.Host;
using JobAggregator.Host.Messaging;
using JobAggregator.SampleSites;
using MassTransit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.EndToEnd.Tests;

/// <summary>The whole product in one process, as the README's run command starts it, but on free loopback ports, a
/// fresh SQLite file and a private copy of the sample sites that a test may edit.</summary>
internal sealed class RunningDemo : IAsyncDisposable
{
    // Generous: reached only when something is broken, never by a slow run on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string _directory;
    private readonly JobAggregatorApp _app;

    private RunningDemo(string directory, JobAggregatorApp app, Uri apiAddress)
    {
        _directory = directory;
        _app = app;
        Api = new HttpClient { BaseAddress = apiAddress };
    }

    public HttpClient Api { get; }
    public IServiceProvider Services => _app.Web.Services;
    public string SampleSitesRoot => Path.Combine(_directory, "sites");

    /// <param name="settings">More command-line settings, appended to the demo's.</param>
    public static Task<RunningDemo> StartAsync(params string[] settings) => StartAsync(null, settings);

    /// <param name="configureServices">More services, after the Host's own (an in-memory trace exporter).</param>
    /// <param name="settings">More command-line settings, appended to the demo's.</param>
    public static async Task<RunningDemo> StartAsync(Action<IServiceCollection>? configureServices, params string[] settings)
    {
        var directory = Directory.CreateTempSubdirectory("jobaggregator-e2e-").FullName;
        SampleSitesServer.CopyTo(Path.Combine(directory, "sites"));
        var app = await JobAggregatorApp.BuildAsync(
        [
            "--Urls", "http://127.0.0.1:0",
            "--SampleSites:Enabled", "true",
            "--SampleSites:Urls", "http://127.0.0.1:0",
            "--SampleSites:RootDirectory", Path.Combine(directory, "sites"),
            "--Store:SqlitePath", Path.Combine(directory, "jobs.db"),
            "--Scheduler:MaxJitterSeconds", "0",
            "--Scraper:MinDelayPerHostMilliseconds", "0",
            .. settings,
        ], configureServices);
        await app.StartAsync();
        var address = app.Web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningDemo(directory, app, new Uri(address));
    }

    /// <summary>Waits until every source has a run recorded after <paramref name="since"/>.</summary>
    public async Task<JsonElement[]> WaitForRunsAsync(DateTimeOffset since, params string[] sourceIds)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var sources = await Api.GetFromJsonAsync<JsonElement[]>("/api/sources") ?? [];
            var wanted = sourceIds.Length == 0 ? sources : sources.Where(s => sourceIds.Contains(s.GetProperty("id").GetString())).ToArray();
            // The run is recorded when ScrapeCompleted is stored, but its postings travel through the normalizer and may
            // still be on their way: wait until every posting the run found is stored.
            if (wanted.Length > 0 && wanted.All(s => RanSince(s, since) && AllFoundAreStored(s)))
            {
                return sources;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"No run recorded since {since:O} for every source within {Patience}: {JsonSerializer.Serialize(sources)}\n{await DescribeBusAsync()}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>For a wait's timeout: what the bus holds, which tells a message lost or stuck on its way (published and
    /// never consumed, consumed and never stored, failed) from a slow machine.</summary>
    public async Task<string> DescribeBusAsync()
    {
        var monitor = Services.GetRequiredService<IQueueMonitor>();
        var queues = await monitor.GetQueuesAsync(CancellationToken.None);
        var failed = Services.GetRequiredService<IFailedMessages>();
        var inFlight = Services.GetService<InMemoryPostingBackPressure>() is { } backPressure ? $"{backPressure.InFlight}" : "not counted";
        return $"Queues ({monitor.Source}): {JsonSerializer.Serialize(queues)}\n"
            + $"Failed messages ({failed.Source}): {JsonSerializer.Serialize(await failed.ListAsync(CancellationToken.None))}\n"
            + $"Postings between the scraper and the store: {inFlight}";
    }

    public async Task ScrapeAsync(string sourceId)
    {
        var bus = _app.Web.Services.GetRequiredService<IBus>();
        await bus.Publish(new ScrapeRequested(sourceId, Guid.NewGuid(), DateTimeOffset.UtcNow, "test"));
    }

    public async Task<JsonElement[]> OpenJobsAsync()
    {
        var page = await Api.GetFromJsonAsync<JsonElement>("/api/jobs?pageSize=100");
        return page.GetProperty("items").EnumerateArray().ToArray();
    }

    public async Task<JsonElement[]> AllJobsAsync()
    {
        var page = await Api.GetFromJsonAsync<JsonElement>("/api/jobs?pageSize=100&includeClosed=true");
        return page.GetProperty("items").EnumerateArray().ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await _app.Web.StopAsync();
        await _app.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the temp folder is cleaned by the OS.
        }
    }

    private static bool RanSince(JsonElement source, DateTimeOffset since) =>
        source.GetProperty("lastRunAt") is { ValueKind: JsonValueKind.String } at && at.GetDateTimeOffset() >= since;

    private static bool AllFoundAreStored(JsonElement source) =>
        source.GetProperty("health").GetString() == "failing"
        || source.GetProperty("postingsStored").GetInt32() >= source.GetProperty("postingsFound").GetInt32();
}
