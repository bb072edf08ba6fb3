using System.Net;
using System.Text.RegularExpressions;
using JobAggregator.Api;
using JobAggregator.Host.Preview;
using JobAggregator.SampleSites;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;
using JobAggregator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.EndToEnd.Tests.Check;

/// <summary>The SSRF table's rows for the two entry points outside the scraper role: the public page check
/// (<c>/check?url=</c>, the api role with the Host's preview, over real HTTP) and <c>extract</c> without
/// <c>--allow-private-network</c>. A loopback canary counting every request must never be hit. The sample sites' port
/// stands in for a member's public site; the canary's port is judged as in production.</summary>
public sealed partial class PreviewSsrfCanaryTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("jobaggregator-ssrf-").FullName;
    private SampleSitesServer _sites = null!;
    private CanaryServer _canary = null!;
    private WebApplication _web = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        SampleSitesServer.CopyTo(Path.Combine(_directory, "sites"));
        _sites = await SampleSitesServer.StartAsync("http://127.0.0.1:0", Path.Combine(_directory, "sites"));
        _canary = await CanaryServer.StartAsync();
        await StartCheckAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _web.StopAsync(CancellationToken.None);
        await _web.DisposeAsync();
        await _canary.DisposeAsync();
        await _sites.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Neither_the_page_check_nor_extract_reaches_the_loopback_canary()
    {
        var canary = $"127.0.0.1:{_canary.Port}";
        var rows = new List<(string Vector, string EntryPoint, string Outcome, int Hits)>();

        async Task Row(string vector, string entryPoint, Func<Task<string>> run)
        {
            var before = _canary.Hits;
            string outcome;
            try
            {
                outcome = await run();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                outcome = $"UNEXPECTED: {e.GetType().Name}: {e.Message}";
            }

            rows.Add((vector, entryPoint, outcome, _canary.Hits - before));
        }

        foreach (var url in new[]
        {
            $"http://{canary}/", $"http://2130706433:{_canary.Port}/", $"http://localhost:{_canary.Port}/", $"http://[::ffff:127.0.0.1]:{_canary.Port}/",
        })
        {
            await Row(url, "/check?url=", () => CheckRefusedAsync(url));
        }

        await Row($"detail link to {canary}", "/check?url= (page on a member's host)", () => CheckPageAsync("ssrf-detail", $$$"""
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "JobPosting", "title": "Staff Attorney", "url": "http://{{{canary}}}/jobs/attorney/",
             "hiringOrganization": {"@type": "Organization", "name": "Georgia Innocence Project"}}
            </script></head><body><h1>Openings</h1></body></html>
            """, expectOpenings: true));
        await Row($"rel=next to {canary}", "/check?url= (page on a member's host)", () => CheckPageAsync("ssrf-next", $$$"""
            <html><head><link rel="next" href="http://{{{canary}}}/careers/page/2/">
            <script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "JobPosting", "title": "Paralegal", "description": "<p>The whole ad.</p>",
             "hiringOrganization": {"@type": "Organization", "name": "Georgia Innocence Project"}}
            </script></head><body><h1>Openings</h1></body></html>
            """, expectOpenings: true));
        await Row($"job feed link to {canary}", "/check?url= (page on a member's host)", () => CheckPageAsync("ssrf-feed", $"""
            <html><head><link rel="alternate" type="application/rss+xml" title="Jobs" href="http://{canary}/jobs/feed/"></head>
            <body><h1>Work with us</h1></body></html>
            """, expectOpenings: false));

        foreach (var url in new[]
        {
            $"http://{canary}/", $"http://localhost:{_canary.Port}/", $"http://[::1]:{_canary.Port}/", $"http://[::ffff:127.0.0.1]:{_canary.Port}/",
            $"http://2130706433:{_canary.Port}/", $"http://0.0.0.0:{_canary.Port}/", $"http://127.1:{_canary.Port}/", $"http://[64:ff9b::7f00:1]:{_canary.Port}/",
        })
        {
            await Row(url, "extract (no --allow-private-network)", () => ExtractRefusedAsync(url));
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{"#",3}  {"vector",-44} {"entry point",-38} {"canary",6}  outcome");
        for (var i = 0; i < rows.Count; i++)
        {
            var (vector, entryPoint, outcome, hits) = rows[i];
            output?.WriteLine($"{i + 1,3}  {vector,-44} {entryPoint,-38} {hits,6}  {(outcome.Length <= 140 ? outcome : outcome[..137] + "...")}");
        }

        output?.WriteLine($"{rows.Count} vectors; canary hits: {_canary.Hits}");
        Assert.Empty(rows.Where(r => r.Outcome.StartsWith("UNEXPECTED", StringComparison.Ordinal)).Select(r => $"{r.Vector} via {r.EntryPoint}: {r.Outcome}"));
        Assert.Equal(0, _canary.Hits);
    }

    /// <summary>An address into the canary given to the check: refused as not a member's site, or read and refused by
    /// the address policy.</summary>
    private async Task<string> CheckRefusedAsync(string url)
    {
        var response = await _client.GetAsync($"/check?url={Uri.EscapeDataString(url)}", Ct);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        if (response.StatusCode == HttpStatusCode.BadRequest && page.Contains("is not one of their sites", StringComparison.Ordinal))
        {
            return "400: not one of the members' sites";
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = CouldNotRead().Match(page);
        Assert.True(refusal.Success, $"the check of {url} did not say it could not read the page");
        Assert.Contains("private network", refusal.Value, StringComparison.Ordinal);
        return $"200: {refusal.Value}";
    }

    /// <summary>A page on a member's host (the sample sites) whose links lead into the canary: the check reads the page
    /// and refuses the links, keeping what the page gave.</summary>
    private async Task<string> CheckPageAsync(string folder, string html, bool expectOpenings)
    {
        var directory = Path.Combine(_directory, "sites", folder);
        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, "index.html"), html, Ct);
        var url = new Uri(_sites.BaseUrl, folder + "/").AbsoluteUri;

        var response = await _client.GetAsync($"/check?url={Uri.EscapeDataString(url)}", Ct);

        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = WouldPickUp().Match(page);
        Assert.True(summary.Success, $"the check of {url} did not say what it would pick up");
        Assert.Equal(expectOpenings, !summary.Groups[1].Value.StartsWith("no ", StringComparison.Ordinal));
        return $"200: page read, would pick up {summary.Groups[1].Value}";
    }

    private static async Task<string> ExtractRefusedAsync(string url)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        var exit = await ExtractCommand.RunAsync([url], stdout, stderr);

        Assert.Equal(1, exit);
        Assert.Contains("--allow-private-network", stderr.ToString(), StringComparison.Ordinal);
        return $"exit {exit}: {stderr.ToString().Split('\n')[0].Trim()}";
    }

    private async Task StartCheckAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(_directory, "jobs.db"),
            ["Check:PermitLimit"] = "1000",
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
            ["Scraper:Rendering:Enabled"] = "false",
        });
        builder.Services.AddSingleton(new SourceCatalog("sources.yaml",
        [
            new SourceDefinition(
                "georgia-innocence-project", "Georgia Innocence Project", new Uri(_sites.BaseUrl, "georgia-innocence-project/careers/"),
                SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, "US", AllowPrivateNetwork: true),
        ]));
        builder.Services.AddSingleton<IAddressPolicy>(new LoopbackPortCountsAsPublic(_sites.BaseUrl.Port));
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddApi();
        builder.Services.AddPagePreview(hasScraper: false, hasNormalizer: false);
        _web = builder.Build();
        _web.UseApi();
        _web.MapApi();
        await _web.StartAsync(Ct);
        var address = _web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = new HttpClient { BaseAddress = new Uri(address) };
    }

    [GeneratedRegex("We could not read this page: [^<]*")]
    private static partial Regex CouldNotRead();

    [GeneratedRegex("We would pick up <strong>([^<]*)</strong>")]
    private static partial Regex WouldPickUp();
}
