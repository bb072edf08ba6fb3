using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Contracts;
using JobAggregator.EndToEnd.Tests.Deployment;
using JobAggregator.Scraper.Telemetry;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>/metrics of the demo in this test process, read as Prometheus reads it; what needs a process of its own is in
/// <see cref="HostProcessMetricsTests"/>.</summary>
public sealed class MetricsEndpointTests(ScrapedDemoFixture fixture) : IClassFixture<ScrapedDemoFixture>
{
    [Fact]
    public async Task A_failed_run_is_counted_as_failed_with_the_reason_its_ScrapeFailed_carries()
    {
        var sourceId = $"no-such-source-{Guid.NewGuid():N}";
        await fixture.Demo.Services.GetRequiredService<IBus>().Publish(
            new ScrapeRequested(sourceId, Guid.NewGuid(), DateTimeOffset.UtcNow, "test"), TestContext.Current.CancellationToken);

        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(1);
        PrometheusSample[] runs;
        while ((runs = (await ScrapeAsync()).Where(s => s.Name == "jobaggregator_scrape_runs_total" && s.Label("source") == sourceId).ToArray()).Length == 0)
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"no run of '{sourceId}' counted within a minute");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        var run = Assert.Single(runs);
        Assert.Equal(ScraperMetrics.Failed, run.Label("outcome"));
        Assert.Equal("unknown-source", run.Label("reason"));
        Assert.Equal(1, run.Value);
    }

    private Task<PrometheusSample[]> ScrapeAsync() => PrometheusSample.ScrapeAsync(fixture.Demo.Api);
}
