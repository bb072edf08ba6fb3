using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using JobAggregator.Api.Tests.Http;
using JobAggregator.Contracts;
using JobAggregator.Store;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Api.Tests.Crawlers;

/// <summary>The sitemap and robots.txt over real HTTP and a real SQLite store.</summary>
public sealed class CrawlerFileTests : IAsyncLifetime
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private ApiServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await _server.StoreAsync(ApiServer.Posting("staff-attorney", "Staff Attorney"));
        await _server.StoreAsync(ApiServer.Posting("paralegal", "Paralegal"));
        await _server.StoreAsync(ApiServer.Posting("expired", "Investigator") with { ValidThrough = new DateOnly(2026, 3, 2) });
        // A run of the source a day later closes the posting whose closing date has passed.
        var store = _server.Services.GetRequiredService<IPostingStore>();
        var later = ApiServer.ScrapedAt.AddDays(2);
        await store.CompleteRunAsync(new ScrapeCompleted("innocence-project", Guid.NewGuid(), later, later.AddMinutes(1), ["staff-attorney", "paralegal", "expired"], 3, false, "heuristics"), Ct);
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_sitemap_lists_every_open_opening_s_page_with_when_it_last_changed_and_no_closed_one()
    {
        var open = await _server.Client.GetFromJsonAsync<JsonElement>("/api/jobs", Ct);
        var all = await _server.Client.GetFromJsonAsync<JsonElement>("/api/jobs?includeClosed=true", Ct);

        using var response = await _server.Client.GetAsync("/sitemap.xml", Ct);
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, all.GetProperty("total").GetInt32());
        var expected = open.GetProperty("items").EnumerateArray()
            .Select(j => new Uri(_server.Client.BaseAddress!, $"/jobs/{j.GetProperty("id").GetString()}").AbsoluteUri)
            .Order()
            .ToList();
        Assert.Equal(2, expected.Count);
        var urls = sitemap.Root!.Elements(Sitemap + "url").ToList();
        Assert.Equal(expected, urls.Select(u => (string)u.Element(Sitemap + "loc")!).Order());
        Assert.All(urls, u => Assert.Equal(ApiServer.ScrapedAt, DateTimeOffset.Parse((string)u.Element(Sitemap + "lastmod")!, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public async Task Robots_txt_points_to_the_sitemap_at_the_address_it_was_asked_on()
    {
        var robots = await _server.Client.GetStringAsync("/robots.txt", Ct);

        Assert.Contains($"Sitemap: {new Uri(_server.Client.BaseAddress!, "/sitemap.xml").AbsoluteUri}", robots, StringComparison.Ordinal);
        Assert.Contains("User-agent: *", robots, StringComparison.Ordinal);
    }
}
