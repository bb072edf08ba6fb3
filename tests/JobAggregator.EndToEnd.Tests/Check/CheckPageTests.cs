using System.Net;
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

/// <summary><c>/check?url=</c> over real HTTP: the api role with the Host's preview, reading a private copy of the
/// sample sites on loopback, which counts as public only where a test says so.</summary>
public sealed class CheckPageTests : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("jobaggregator-check-").FullName;
    private SampleSitesServer _sites = null!;
    private WebApplication? _web;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Uri Georgia => new(_sites.BaseUrl, "georgia-innocence-project/careers/");

    public async ValueTask InitializeAsync()
    {
        SampleSitesServer.CopyTo(Path.Combine(_directory, "sites"));
        _sites = await SampleSitesServer.StartAsync("http://127.0.0.1:0", Path.Combine(_directory, "sites"));
    }

    [Fact]
    public async Task Shows_in_words_what_would_be_picked_up_from_a_member_page()
    {
        await StartAsync(allowLoopback: true);

        var page = await GetAsync($"/check?url={Uri.EscapeDataString(Georgia.AbsoluteUri)}", HttpStatusCode.OK);

        Assert.Contains("We would pick up <strong>1 opening</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Operations Coordinator", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_why_nothing_would_be_picked_up()
    {
        await StartAsync(allowLoopback: true);
        var empty = Path.Combine(_directory, "sites", "georgia-innocence-project", "careers", "index.html");
        await File.WriteAllTextAsync(empty, "<!DOCTYPE html><html><head><title>Careers</title></head><body><h1>Careers</h1><p>Check back soon.</p></body></html>", Ct);

        var page = await GetAsync($"/check?url={Uri.EscapeDataString(Georgia.AbsoluteUri)}", HttpStatusCode.OK);

        Assert.Contains("We would pick up <strong>no openings</strong> from this page:", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keeps_the_answer_for_a_few_minutes_instead_of_reading_the_site_again()
    {
        await StartAsync(allowLoopback: true);
        await GetAsync($"/check?url={Uri.EscapeDataString(Georgia.AbsoluteUri)}", HttpStatusCode.OK);
        File.Delete(Path.Combine(_directory, "sites", "georgia-innocence-project", "careers", "index.html"));

        var again = await GetAsync($"/check?url={Uri.EscapeDataString(Georgia.AbsoluteUri)}", HttpStatusCode.OK);

        Assert.Contains("Operations Coordinator", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_a_loopback_page_by_default_even_of_a_source_allowed_private_networks()
    {
        await StartAsync(allowLoopback: false);

        var page = await GetAsync($"/check?url={Uri.EscapeDataString(Georgia.AbsoluteUri)}", HttpStatusCode.OK);

        Assert.Contains("We could not read this page: this address leads into a private network, and only public pages can be checked.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Operations Coordinator", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/admin", "Only pages of the network&#x27;s member organisations can be checked, and evil.example is not one of their sites.")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "Only pages of the network&#x27;s member organisations can be checked, and 169.254.169.254 is not one of their sites.")]
    [InlineData("file:///etc/passwd", "Only web pages (http or https addresses) can be checked, not file: addresses.")]
    [InlineData("gopher://ipf.example/", "Only web pages (http or https addresses) can be checked, not gopher: addresses.")]
    [InlineData("careers", "Give the full address of your careers page, starting with https://")]
    public async Task Refuses_what_is_not_a_member_web_page_with_a_clear_message(string url, string message)
    {
        await StartAsync(allowLoopback: true);

        var page = await GetAsync($"/check?url={Uri.EscapeDataString(url)}", HttpStatusCode.BadRequest);

        Assert.Contains(message, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limits_how_often_one_address_may_check()
    {
        await StartAsync(allowLoopback: true, permitLimit: 2);
        await GetAsync("/check?url=https%3A%2F%2Fevil.example%2F", HttpStatusCode.BadRequest);
        await GetAsync("/check?url=https%3A%2F%2Fevil.example%2F", HttpStatusCode.BadRequest);

        var refused = await _client.GetAsync("/check?url=https%3A%2F%2Fevil.example%2F", Ct);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.Contains("Retry-After"));
    }

    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        if (_web is not null)
        {
            await _web.StopAsync(CancellationToken.None);
            await _web.DisposeAsync();
        }

        await _sites.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task StartAsync(bool allowLoopback, int permitLimit = 100)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(_directory, "jobs.db"),
            ["Check:PermitLimit"] = permitLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
            ["Scraper:Rendering:Enabled"] = "false",
        });
        builder.Services.AddSingleton(new SourceCatalog("sources.yaml",
        [
            // As the sample file has it: the demo's sources may reach loopback; the check must not follow them there.
            new SourceDefinition(
                "georgia-innocence-project", "Georgia Innocence Project", Georgia, SourceDefinition.DefaultSchedule,
                ExtractionStrategy.Auto, null, null, "US", AllowPrivateNetwork: true),
        ]));
        if (allowLoopback)
        {
            builder.Services.AddSingleton<IAddressPolicy>(new LoopbackPortCountsAsPublic(_sites.BaseUrl.Port));
        }

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

    private async Task<string> GetAsync(string path, HttpStatusCode expected)
    {
        var response = await _client.GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"{path}: {(int)response.StatusCode}\n{body}");
        return body;
    }
}
