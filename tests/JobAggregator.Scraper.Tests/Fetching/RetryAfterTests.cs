using System.Diagnostics;
using JobAggregator.Scraper.Fetching;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.HttpFetching;

/// <summary>429 and 503 with Retry-After are waited out here, once; timeouts and 5xx are the resilience handler's.</summary>
public sealed class RetryAfterTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync() => _site = await LoopbackSite.StartAsync();

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_short_retry_after_is_waited_out_and_the_request_sent_once_more(int status)
    {
        AnswerFirst("/jobs/", status, "1");
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal(200, page.StatusCode);
        var attempts = _site.RequestsTo("/jobs/");
        Assert.Equal(2, attempts.Count);
        var waited = Stopwatch.GetElapsedTime(attempts[0].Finished, attempts[1].Started);
        Assert.True(waited >= TimeSpan.FromMilliseconds(800), $"waited only {waited.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_retry_after_given_as_an_http_date_is_honoured()
    {
        AnswerFirst("/jobs/", 429, () => DateTimeOffset.UtcNow.AddSeconds(2).ToString("R"));
        await using var services = FetchingServices.Build();

        var page = await services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken);

        Assert.Equal(200, page.StatusCode);
        var attempts = _site.RequestsTo("/jobs/");
        Assert.Equal(2, attempts.Count);
        var waited = Stopwatch.GetElapsedTime(attempts[0].Finished, attempts[1].Started);
        Assert.True(waited >= TimeSpan.FromMilliseconds(700), $"waited only {waited.TotalMilliseconds} ms");
    }

    [Fact]
    public async Task A_retry_after_beyond_the_bound_fails_at_once_and_holds_off_the_host()
    {
        AnswerAlways("/jobs/", 429, "3600");
        _site.MapText("/other/", "other");
        await using var services = FetchingServices.Build(("Scraper:MaxRetryAfterSeconds", "60"));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));
        var next = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/other/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.HttpStatus, error.Failure);
        Assert.Equal(429, error.HttpStatus);
        Assert.Contains("retry after 3600 s", error.Message, StringComparison.Ordinal);
        Assert.Single(_site.RequestsTo("/jobs/"));
        Assert.Equal(429, next.HttpStatus);
        Assert.Empty(_site.RequestsTo("/other/"));
    }

    [Fact]
    public async Task A_retry_after_too_large_to_count_is_a_very_long_wait_not_none()
    {
        AnswerAlways("/jobs/", 429, "99999999999");
        await using var services = FetchingServices.Build(("Scraper:MaxRetryAfterSeconds", "60"));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(429, error.HttpStatus);
        Assert.Contains("longer than the 60 s we wait", error.Message, StringComparison.Ordinal);
        Assert.Single(_site.RequestsTo("/jobs/"));
    }

    [Fact]
    public async Task A_retry_after_that_is_neither_seconds_nor_a_date_is_quoted_in_the_failure()
    {
        AnswerAlways("/jobs/", 429, "in a while");
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Contains("Retry-After 'in a while' is neither seconds nor a date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_429_after_waiting_fails_the_page()
    {
        AnswerAlways("/jobs/", 429, "0");
        await using var services = FetchingServices.Build();

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(429, error.HttpStatus);
        Assert.Equal(2, _site.RequestsTo("/jobs/").Count);
    }

    [Fact]
    public async Task A_429_without_retry_after_is_not_retried_by_anyone()
    {
        _site.MapText("/jobs/", "slow down", status: 429);
        await using var services = FetchingServices.Build(("Scraper:MaxRetries", "3"));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.HttpStatus, error.Failure);
        Assert.Equal(429, error.HttpStatus);
        Assert.Single(_site.RequestsTo("/jobs/"));
    }

    [Fact]
    public async Task A_5xx_is_retried_with_backoff_up_to_the_configured_count()
    {
        _site.MapText("/jobs/", "broken", status: 500);
        await using var services = FetchingServices.Build(("Scraper:MaxRetries", "2"));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/jobs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.HttpStatus, error.Failure);
        Assert.Equal(500, error.HttpStatus);
        Assert.Equal(3, _site.RequestsTo("/jobs/").Count);
    }

    [Fact]
    public async Task A_404_is_not_retried()
    {
        await using var services = FetchingServices.Build(("Scraper:MaxRetries", "3"));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/gone/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(404, error.HttpStatus);
        Assert.Single(_site.RequestsTo("/gone/"));
    }

    [Fact]
    public async Task A_request_that_times_out_fails_as_a_timeout_after_its_retries()
    {
        _site.Map("/hangs/", async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        await using var services = FetchingServices.Build(("Scraper:RequestTimeoutSeconds", "1"), ("Scraper:MaxRetries", "1"));

        var error = await Assert.ThrowsAsync<FetchException>(() =>
            services.Fetcher().FetchAsync(_site.Url("/hangs/"), FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.Equal(FetchFailure.Timeout, error.Failure);
        Assert.Equal(2, _site.RequestsTo("/hangs/").Count);
    }

    private void AnswerFirst(string path, int status, string retryAfter) => AnswerFirst(path, status, () => retryAfter);

    private void AnswerFirst(string path, int status, Func<string> retryAfter)
    {
        var answered = 0;
        _site.Map(path, async context =>
        {
            if (Interlocked.Increment(ref answered) == 1)
            {
                context.Response.StatusCode = status;
                context.Response.Headers.RetryAfter = retryAfter();
                return;
            }

            await context.Response.WriteAsync("jobs", context.RequestAborted);
        });
    }

    private void AnswerAlways(string path, int status, string retryAfter) =>
        _site.Map(path, context =>
        {
            context.Response.StatusCode = status;
            context.Response.Headers.RetryAfter = retryAfter;
            return Task.CompletedTask;
        });
}
