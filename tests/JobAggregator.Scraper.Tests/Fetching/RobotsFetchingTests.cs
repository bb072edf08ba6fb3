using System.Diagnostics;
using JobAggregator.Scraper.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.HttpFetching;

public sealed class RobotsFetchingTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.MapText("/jobs/", "jobs");
        _site.MapText("/private/staff", "staff only");
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_disallowed_url_fails_as_robots_disallowed_without_being_requested()
    {
        _site.MapText("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/private/staff"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.RobotsDisallowed, error.Failure);
        Assert.Contains("robots.txt disallows it for JobAggregator", error.Message, StringComparison.Ordinal);
        Assert.Empty(_site.RequestsTo("/private/staff"));
    }

    [Fact]
    public async Task A_group_for_our_product_token_is_honoured_over_the_star_group()
    {
        _site.MapText("/robots.txt", "User-agent: *\nAllow: /\n\nUser-agent: jobaggregator\nDisallow: /jobs/\n", "text/plain");
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.RobotsDisallowed, error.Failure);
    }

    [Fact]
    public async Task Robots_txt_is_read_once_per_host_and_sent_our_user_agent()
    {
        _site.MapText("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");
        await using var services = FetchingServices.Build();

        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken)));
        await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        var robots = Assert.Single(_site.RequestsTo("/robots.txt"));
        Assert.StartsWith("JobAggregator/", robots.Header("User-Agent"), StringComparison.Ordinal);
        Assert.Equal(4, _site.RequestsTo("/jobs/").Count);
    }

    [Theory]
    [InlineData(404)]
    [InlineData(403)]
    [InlineData(410)]
    public async Task A_4xx_robots_txt_allows_everything(int status)
    {
        _site.MapText("/robots.txt", "User-agent: *\nDisallow: /\n", "text/plain", status);
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url("/private/staff"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal("staff only", System.Text.Encoding.UTF8.GetString(page.Body));
    }

    [Fact]
    public async Task A_5xx_robots_txt_disallows_everything_for_a_while_then_is_asked_again()
    {
        _site.MapText("/robots.txt", "down", "text/plain", 500);
        var time = new ManualTime();
        await using var services = FetchingServices.Build(s => s.AddSingleton<TimeProvider>(time));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));
        var askedAtFirst = _site.RequestsTo("/robots.txt").Count;
        time.Advance(TimeSpan.FromMinutes(9));
        await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));
        var askedWithinTenMinutes = _site.RequestsTo("/robots.txt").Count;

        _site.MapText("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain");
        time.Advance(TimeSpan.FromMinutes(2));
        var page = await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal(FetchFailure.RobotsDisallowed, error.Failure);
        Assert.Contains("HTTP 500", error.Message, StringComparison.Ordinal);
        Assert.Equal(askedAtFirst, askedWithinTenMinutes);
        Assert.Equal(askedAtFirst + 1, _site.RequestsTo("/robots.txt").Count);
        Assert.Equal(200, page.StatusCode);
        Assert.Single(_site.RequestsTo("/jobs/"));
    }

    [Fact]
    public async Task A_robots_txt_that_cannot_be_asked_for_stops_the_host_and_is_reported_as_unreachable()
    {
        _site.Map("/robots.txt", context =>
        {
            context.Abort();
            return Task.CompletedTask;
        });
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));
        var asked = _site.RequestsTo("/robots.txt").Count;
        await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/private/staff"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.Unreachable, error.Failure);
        Assert.StartsWith($"{_site.Url("/jobs/")}: unreachable", error.Message, StringComparison.Ordinal);
        Assert.Contains("robots.txt", error.Message, StringComparison.Ordinal);
        Assert.Equal(asked, _site.RequestsTo("/robots.txt").Count);
        Assert.Empty(_site.RequestsTo("/jobs/"));
        Assert.Empty(_site.RequestsTo("/private/staff"));
    }

    [Fact]
    public async Task Robots_txt_is_read_again_after_the_cache_lifetime()
    {
        _site.MapText("/robots.txt", "User-agent: *\nAllow: /\n", "text/plain");
        var time = new ManualTime();
        await using var services = FetchingServices.Build(s => s.AddSingleton<TimeProvider>(time), ("Scraper:RobotsCacheHours", "24"));
        await services.Fetcher().FetchAsync(_site.Url("/private/staff"), FetchingServices.Loopback, TestContext.Current.CancellationToken);
        _site.MapText("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain");

        time.Advance(TimeSpan.FromHours(23));
        await services.Fetcher().FetchAsync(_site.Url("/private/staff"), FetchingServices.Loopback, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromHours(2));
        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/private/staff"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.RobotsDisallowed, error.Failure);
        Assert.Equal(2, _site.RequestsTo("/robots.txt").Count);
    }

    [Fact]
    public async Task A_redirect_is_checked_against_the_robots_txt_of_the_host_it_leads_to()
    {
        await using var other = await LoopbackSite.StartAsync();
        other.MapText("/robots.txt", "User-agent: *\nDisallow: /\n", "text/plain");
        other.MapText("/jobs/", "elsewhere");
        _site.MapRedirect("/careers/", other.Url("/jobs/").AbsoluteUri);
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/careers/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.RobotsDisallowed, error.Failure);
        Assert.Equal(other.Url("/jobs/"), error.Url);
        Assert.Empty(other.RequestsTo("/jobs/"));
    }

    [Fact]
    public async Task A_crawl_delay_longer_than_the_minimum_is_waited_between_requests()
    {
        _site.MapText("/robots.txt", "User-agent: *\nCrawl-delay: 0.4\n", "text/plain");
        await using var services = FetchingServices.Build(("Scraper:MinDelayPerHostMilliseconds", "10"));

        for (var i = 0; i < 3; i++)
        {
            await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);
        }

        var pages = _site.RequestsTo("/jobs/");
        Assert.Equal(3, pages.Count);
        Assert.All(pages.Zip(pages.Skip(1)), pair =>
            Assert.True(Stopwatch.GetElapsedTime(pair.First.Finished, pair.Second.Started) >= TimeSpan.FromMilliseconds(300),
                $"only {Stopwatch.GetElapsedTime(pair.First.Finished, pair.Second.Started).TotalMilliseconds} ms between requests"));
    }
}
