using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A page whose postings come from elsewhere (a job feed it announces, a hiring tool's board it embeds) is not
/// asked for conditionally: its 304 would say nothing about the feed or the board, whose new postings would stay
/// hidden. Over real HTTP on loopback, one scraper role across runs.</summary>
public sealed class LinkedListingFreshnessTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;
    private readonly List<string> _feedItems = ["Staff Attorney"];

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map("/careers/", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"careers-1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            context.Response.Headers.ETag = "\"careers-1\"";
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(
                """<html><head><link rel="alternate" type="application/rss+xml" title="Jobs" href="/jobs/feed/"></head><body><h1>Work with us</h1></body></html>""",
                context.RequestAborted);
        });
        _site.Map("/jobs/feed/", async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            var items = string.Concat(_feedItems.Select(title =>
                $"<item><title>{title}</title><link>/jobs/{title.Replace(' ', '-')}/</link><description>The whole ad.</description></item>"));
            await context.Response.WriteAsync($"""<?xml version="1.0"?><rss version="2.0"><channel><title>Jobs</title>{items}</channel></rss>""", context.RequestAborted);
        });
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_posting_added_to_the_feed_an_unchanged_page_announces_is_found_on_the_next_run()
    {
        var source = new SourceDefinition("linked-feed-test", "Example Innocence Project", _site.Url("/careers/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true);
        await using var role = await ScraperRole.StartAsync(source);
        var (first, _) = await role.RunAsync();
        _feedItems.Add("Paralegal");

        var (postings, completed) = await role.RunAsync();

        Assert.Equal(["Staff Attorney"], first.Select(p => p.Title));
        Assert.False(completed.NotModified);
        // The new posting is published; the unchanged one is only listed again.
        Assert.Equal(["Paralegal"], postings.Select(p => p.Title));
        Assert.Equal(2, completed.PostingKeys.Count);
        Assert.Null(_site.RequestsTo("/careers/")[^1].Header("If-None-Match"));
    }
}
