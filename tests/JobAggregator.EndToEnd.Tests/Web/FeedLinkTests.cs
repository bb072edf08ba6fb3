using System.Text.Json;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Feeds;
using Microsoft.Playwright;

namespace JobAggregator.EndToEnd.Tests.Web;

/// <summary>The feeds of a search, against the running demo after its first scrape: found from the page in a real
/// browser, and read back by the scraper's own feed strategy.</summary>
public sealed class FeedLinkTests(ScrapedDemoFixture demo, Chromium chromium)
    : IClassFixture<ScrapedDemoFixture>, IClassFixture<Chromium>
{
    private readonly Uri _site = demo.Demo.Api.BaseAddress!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("rss", "rss")]
    [InlineData("atom", "atom")]
    [InlineData("json", "json-feed")]
    public async Task Our_feed_read_by_our_own_feed_extractor_gives_back_the_open_openings(string format, string kind)
    {
        var address = new Uri(_site, $"/feeds/jobs.{format}?pageSize=100");
        using var response = await demo.Demo.Api.GetAsync(address, Ct);
        var body = await response.Content.ReadAsByteArrayAsync(Ct);

        var outcome = FeedStrategy.Read(new PageContent(address, body, response.Content.Headers.ContentType?.ToString()));

        Assert.NotNull(outcome);
        Assert.Equal(kind, outcome.Strategy);
        Assert.Equal(Openings(demo.Jobs), outcome.Postings.Select(p => (p.Title!, p.Url!.AbsoluteUri)).Order());
        var byTitle = demo.Jobs.ToDictionary(j => j.GetProperty("title").GetString()!);
        Assert.All(outcome.Postings, p => Assert.Equal(byTitle[p.Title!].GetProperty("organization").GetProperty("name").GetString(), p.Organization));
    }

    [Fact]
    public async Task The_page_s_subscribe_link_and_its_head_give_the_feed_of_the_search_on_screen()
    {
        var context = await chromium.NewContextAsync(new() { BaseURL = _site.AbsoluteUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("attorney");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show openings" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("q=attorney", StringComparison.Ordinal));
        var titles = (await page.Locator("ol.jobs > li h2").AllInnerTextsAsync()).Order().ToList();

        var announced = await page.Locator("head link[rel=alternate][type='application/rss+xml']").GetAttributeAsync("href");
        var subscribe = await page.GetByRole(AriaRole.Link, new() { Name = "RSS", Exact = true }).GetAttributeAsync("href");
        var feed = await page.APIRequest.GetAsync(subscribe!);
        var outcome = FeedStrategy.Read(new PageContent(new Uri(_site, subscribe), await feed.BodyAsync(), feed.Headers["content-type"]));

        Assert.StartsWith("/feeds/jobs.rss?q=attorney", subscribe, StringComparison.Ordinal);
        Assert.Equal(subscribe, announced);
        Assert.InRange(titles.Count, 1, 8);
        Assert.Equal(titles, outcome!.Postings.Select(p => p.Title!).Order());
        await context.CloseAsync();
    }

    private IEnumerable<(string Title, string Url)> Openings(IEnumerable<JsonElement> jobs) =>
        jobs.Select(j => (j.GetProperty("title").GetString()!, new Uri(_site, $"/jobs/{Uri.EscapeDataString(j.GetProperty("id").GetString()!)}").AbsoluteUri))
            .Order();
}
