using System.Net.Http.Json;
using System.Text.Json;

namespace JobAggregator.EndToEnd.Tests.Xss;

/// <summary>The demo on the hostile sites alone (<see cref="HostileSites"/>), served on loopback by the sample-sites
/// server, after its start-up scrape of every source; then every response the product gives about the postings,
/// read once: every page of <c>/api/jobs</c>, each <c>/api/jobs/{id}</c>, the three feeds, the home page and each
/// posting's page.</summary>
public sealed class XssCorpusFixture : IAsyncLifetime
{
    private string _directory = "";

    internal RunningDemo Demo { get; private set; } = null!;

    /// <summary>Every posting stored, open or closed, as <c>/api/jobs</c> lists them.</summary>
    internal List<JsonElement> Jobs { get; } = [];

    /// <summary>Path and query, and the body, of every response read.</summary>
    internal List<(string Path, string Body)> JsonResponses { get; } = [];

    internal List<(string Path, string Body)> FeedResponses { get; } = [];

    internal List<(string Path, string Body)> HtmlResponses { get; } = [];

    public async ValueTask InitializeAsync()
    {
        _directory = Directory.CreateTempSubdirectory("jobaggregator-xss-").FullName;
        var sites = Path.Combine(_directory, "sites");
        var sourcesFile = HostileSites.Write(sites);
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        Demo = await RunningDemo.StartAsync("--Sources:Path", sourcesFile, "--SampleSites:RootDirectory", sites);
        await WaitForPostingsAsync(since);

        for (var page = 1; ; page++)
        {
            var path = $"/api/jobs?includeClosed=true&pageSize=100&page={page}";
            var list = await ReadAsync(JsonResponses, path);
            var items = JsonDocument.Parse(list).RootElement.GetProperty("items").EnumerateArray().Select(i => i.Clone()).ToList();
            Jobs.AddRange(items);
            await ReadAsync(FeedResponses, $"/feeds/jobs.rss?includeClosed=true&pageSize=100&page={page}");
            await ReadAsync(FeedResponses, $"/feeds/jobs.atom?includeClosed=true&pageSize=100&page={page}");
            await ReadAsync(JsonResponses, $"/feeds/jobs.json?includeClosed=true&pageSize=100&page={page}");
            await ReadAsync(HtmlResponses, $"/?includeClosed=true&page={page}");
            if (items.Count < 100)
            {
                break;
            }
        }

        foreach (var id in Jobs.Select(job => job.GetProperty("id").GetString()!))
        {
            await ReadAsync(JsonResponses, $"/api/jobs/{Uri.EscapeDataString(id)}");
            await ReadAsync(HtmlResponses, $"/jobs/{Uri.EscapeDataString(id)}");
        }

        await ReadAsync(JsonResponses, "/api/sources");
        await ReadAsync(HtmlResponses, "/organizations");
    }

    public async ValueTask DisposeAsync()
    {
        await Demo.DisposeAsync();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // The sample-sites server may still hold a file; the temp folder is cleaned by the OS.
        }
    }

    private async Task<string> ReadAsync(List<(string Path, string Body)> into, string path)
    {
        using var response = await Demo.Api.GetAsync(path);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"GET {path} answered {(int)response.StatusCode}: {body}");
        }

        into.Add((path, body));
        return body;
    }

    /// <summary>Until every source has run and what its run found is stored. A vector may make two postings of one
    /// source one (or a posting unstorable), so the store may never reach what the runs found: then until the stored
    /// count has stood still for ten seconds.</summary>
    private async Task WaitForPostingsAsync(DateTimeOffset since)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(5);
        var (stored, unchangedSince) = (-1, DateTimeOffset.UtcNow);
        while (DateTimeOffset.UtcNow < deadline)
        {
            var sources = await SourcesAsync();
            var ran = sources.Length == HostileSites.Sources.Length
                && sources.All(s => s.GetProperty("lastRunAt") is { ValueKind: JsonValueKind.String } at && at.GetDateTimeOffset() >= since);
            var storedNow = sources.Sum(s => s.GetProperty("postingsStored").GetInt32());
            if (storedNow != stored)
            {
                (stored, unchangedSince) = (storedNow, DateTimeOffset.UtcNow);
            }

            if (ran && (sources.All(s => s.GetProperty("postingsStored").GetInt32() >= s.GetProperty("postingsFound").GetInt32())
                || DateTimeOffset.UtcNow - unchangedSince > TimeSpan.FromSeconds(10)))
            {
                return;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException(
            $"The hostile sources did not all run and store within 5 minutes: {JsonSerializer.Serialize(await SourcesAsync())}\n{await Demo.DescribeBusAsync()}");
    }

    internal async Task<JsonElement[]> SourcesAsync() => await Demo.Api.GetFromJsonAsync<JsonElement[]>("/api/sources") ?? [];
}
