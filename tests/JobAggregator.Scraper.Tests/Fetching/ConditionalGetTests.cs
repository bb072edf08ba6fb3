using JobAggregator.Scraper.Fetching;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.HttpFetching;

public sealed class ConditionalGetTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Changed = new(2025, 3, 1, 12, 0, 0, TimeSpan.Zero);
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map("/jobs/", async context =>
        {
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                context.Response.Headers.ETag = "\"v1\"";
                return;
            }

            context.Response.Headers.ETag = "\"v1\"";
            context.Response.Headers.LastModified = Changed.ToString("R");
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync("<h1>Jobs</h1>", context.RequestAborted);
        });
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_full_answer_carries_its_validators()
    {
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.False(page.NotModified);
        Assert.Equal(200, page.StatusCode);
        Assert.Equal("\"v1\"", page.ETag);
        Assert.Equal(Changed, page.LastModified);
        Assert.Equal(new PageValidators("\"v1\"", Changed), page.Validators);
    }

    [Fact]
    public async Task Sends_the_validators_and_reads_a_304_as_not_modified_with_an_empty_body()
    {
        await using var services = FetchingServices.Build();
        var options = FetchingServices.Loopback.WithValidators(new PageValidators("\"v1\"", Changed));

        var page = await services.Fetcher().FetchAsync(_site.Url("/jobs/"), options, TestContext.Current.CancellationToken);

        Assert.True(page.NotModified);
        Assert.Equal(304, page.StatusCode);
        Assert.Empty(page.Body);
        Assert.Equal("\"v1\"", page.ETag);
        Assert.Equal(Changed, page.LastModified);
        var request = Assert.Single(_site.RequestsTo("/jobs/"));
        Assert.Equal("\"v1\"", request.Header("If-None-Match"));
        Assert.Equal(Changed.ToString("R"), request.Header("If-Modified-Since"));
    }

    [Fact]
    public async Task A_changed_page_comes_back_whole_despite_old_validators()
    {
        await using var services = FetchingServices.Build();
        var options = FetchingServices.Loopback with { ETag = "\"v0\"" };

        var page = await services.Fetcher().FetchAsync(_site.Url("/jobs/"), options, TestContext.Current.CancellationToken);

        Assert.False(page.NotModified);
        Assert.Equal("<h1>Jobs</h1>", System.Text.Encoding.UTF8.GetString(page.Body));
    }

    [Fact]
    public async Task An_unquoted_etag_is_kept_and_sent_back_as_it_came()
    {
        _site.Map("/raw/", async context =>
        {
            context.Response.Headers.ETag = "v2-unquoted";
            await context.Response.WriteAsync("raw", context.RequestAborted);
        });
        await using var services = FetchingServices.Build();

        var first = await services.Fetcher().FetchAsync(_site.Url("/raw/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);
        await services.Fetcher().FetchAsync(_site.Url("/raw/"), FetchingServices.Loopback.WithValidators(first.Validators), TestContext.Current.CancellationToken);

        Assert.Equal("v2-unquoted", first.ETag);
        Assert.Equal("v2-unquoted", _site.RequestsTo("/raw/")[1].Header("If-None-Match"));
    }

    [Fact]
    public async Task Without_validators_no_conditional_headers_are_sent()
    {
        await using var services = FetchingServices.Build();

        await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        var request = Assert.Single(_site.RequestsTo("/jobs/"));
        Assert.Null(request.Header("If-None-Match"));
        Assert.Null(request.Header("If-Modified-Since"));
    }

    [Fact]
    public async Task The_validator_cache_remembers_a_page_between_runs()
    {
        await using var services = FetchingServices.Build();
        var cache = services.GetRequiredService<IValidatorCache>();
        var url = _site.Url("/jobs/");

        var first = await services.Fetcher().FetchAsync(url, FetchingServices.Loopback.WithValidators(cache.Find(url)), TestContext.Current.CancellationToken);
        cache.Remember(url, first.Validators);
        var second = await services.Fetcher().FetchAsync(url, FetchingServices.Loopback.WithValidators(cache.Find(url)), TestContext.Current.CancellationToken);
        cache.Remember(url, null);

        Assert.False(first.NotModified);
        Assert.True(second.NotModified);
        Assert.Null(cache.Find(url));
        Assert.Same(cache, services.GetRequiredService<IValidatorCache>());
    }
}
