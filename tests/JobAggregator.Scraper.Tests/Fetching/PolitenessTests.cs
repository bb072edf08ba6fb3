using System.Diagnostics;
using System.Text;
using JobAggregator.Scraper.Fetching;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.HttpFetching;

public sealed class PolitenessTests : IAsyncLifetime
{
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map("/slow/", async context =>
        {
            await Task.Delay(100, context.RequestAborted);
            await context.Response.WriteAsync("done", context.RequestAborted);
        });
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Only_one_request_is_in_flight_per_host()
    {
        await using var services = FetchingServices.Build();

        await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
            services.Fetcher().FetchAsync(_site.Url("/slow/"), FetchingServices.Loopback, TestContext.Current.CancellationToken)));

        var requests = _site.Requests
            .Where(r => r.PathAndQuery is "/slow/" or "/robots.txt")
            .OrderBy(r => r.Started)
            .ToList();
        Assert.Equal(5, requests.Count(r => r.PathAndQuery == "/slow/"));
        // Judged from this test's own requests rather than everything the port saw: a straggler from a test that had
        // the port before would otherwise count as a second request in flight.
        Assert.All(requests.Zip(requests.Skip(1)), pair =>
            Assert.True(pair.Second.Started >= pair.First.Finished,
                $"{pair.Second.PathAndQuery} started {Stopwatch.GetElapsedTime(pair.Second.Started, pair.First.Finished).TotalMilliseconds} ms before {pair.First.PathAndQuery} had finished"));
    }

    [Fact]
    public async Task The_minimum_delay_separates_requests_to_a_host()
    {
        await using var services = FetchingServices.Build(("Scraper:MinDelayPerHostMilliseconds", "300"));

        await Task.WhenAll(Enumerable.Range(0, 3).Select(i =>
            services.Fetcher().FetchAsync(_site.Url("/slow/"), FetchingServices.Loopback, TestContext.Current.CancellationToken)));

        var requests = _site.Requests.OrderBy(r => r.Started).ToList();
        Assert.Equal(4, requests.Count);
        Assert.All(requests.Zip(requests.Skip(1)), pair =>
            Assert.True(Stopwatch.GetElapsedTime(pair.First.Finished, pair.Second.Started) >= TimeSpan.FromMilliseconds(200),
                $"only {Stopwatch.GetElapsedTime(pair.First.Finished, pair.Second.Started).TotalMilliseconds} ms between requests"));
    }

    [Fact]
    public async Task Different_hosts_do_not_wait_for_each_other()
    {
        // Each host answers only once the other host's request has arrived. Were one host's request held back until the
        // other's had finished, the first would wait in vain and answer "alone"; no timing on a busy machine changes that.
        var mineArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var theirsArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var other = await LoopbackSite.StartAsync();
        other.Map("/slow/", context => AnswerOnceArrivedAsync(context, theirsArrived, mineArrived.Task));
        _site.Map("/slow/", context => AnswerOnceArrivedAsync(context, mineArrived, theirsArrived.Task));
        await using var services = FetchingServices.Build();
        var viaName = new Uri($"http://localhost:{other.Port}/slow/");

        var pages = await Task.WhenAll(
            services.Fetcher().FetchAsync(_site.Url("/slow/"), FetchingServices.Loopback, TestContext.Current.CancellationToken),
            services.Fetcher().FetchAsync(viaName, FetchingServices.Loopback, TestContext.Current.CancellationToken));

        Assert.All(pages, page => Assert.Equal("together", Encoding.UTF8.GetString(page.Body)));
    }

    /// <summary>Says it has arrived, then answers "together" when the other request arrives within 20 s (well inside
    /// the fetcher's 30 s timeout), else "alone".</summary>
    private static async Task AnswerOnceArrivedAsync(HttpContext context, TaskCompletionSource arrived, Task otherArrived)
    {
        arrived.TrySetResult();
        var together = await Task.WhenAny(otherArrived, Task.Delay(TimeSpan.FromSeconds(20), context.RequestAborted)) == otherArrived;
        await context.Response.WriteAsync(together ? "together" : "alone", context.RequestAborted);
    }
}
