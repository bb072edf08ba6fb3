using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.EndToEnd.Tests.Distributed;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>The Host as a container runs it: its own process, every role, JSON console logs; started once for the
/// <see cref="ScrapedHostProcessGroup"/> and left until its start-up scrape has recorded a run of every sample source and
/// stored what each found (a run is recorded before its postings have made their way through the normalizer; on a busy
/// machine the store's instruments were seen missing from /metrics for that while).</summary>
public sealed class ScrapedHostProcessFixture : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly string _directory = Directory.CreateTempSubdirectory("jobaggregator-telemetry-").FullName;

    internal HostProcess Host { get; private set; } = null!;
    internal string[] SourceIds { get; private set; } = [];

    public async ValueTask InitializeAsync()
    {
        Host = await HostProcess.StartAsync("host", new Dictionary<string, string>
        {
            ["SampleSites:Enabled"] = "true",
            ["SampleSites:Urls"] = "http://127.0.0.1:0",
            ["Store:SqlitePath"] = Path.Combine(_directory, "jobs.db"),
            ["Scheduler:MaxJitterSeconds"] = "0",
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
            ["Logging:Console:FormatterName"] = "json",
        }, CancellationToken.None);
        using var api = new HttpClient { BaseAddress = Host.Address };
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var sources = await api.GetFromJsonAsync<JsonElement[]>("/api/sources") ?? [];
            if (sources.Length > 0 && sources.All(RanAndStored))
            {
                SourceIds = sources.Select(s => s.GetProperty("id").GetString()!).ToArray();
                return;
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Not every source ran within {Patience}: {JsonSerializer.Serialize(sources)}\n{Host.Describe()}");
            }

            await Task.Delay(250);
        }
    }

    private static bool RanAndStored(JsonElement source) =>
        source.GetProperty("lastRunAt").ValueKind == JsonValueKind.String
        && (source.GetProperty("consecutiveFailures").GetInt32() > 0
            || source.GetProperty("postingsStored").GetInt32() >= source.GetProperty("postingsFound").GetInt32());

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held as the process goes; the temp folder is cleaned by the OS.
        }
    }
}
