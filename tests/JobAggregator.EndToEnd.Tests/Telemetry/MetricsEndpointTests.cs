using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Contracts;
using JobAggregator.EndToEnd.Tests.Deployment;
using JobAggregator.Scraper.Telemetry;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>/metrics of the demo, after its start-up scrape of every sample source, read as Prometheus reads it.</summary>
public sealed class MetricsEndpointTests(ScrapedDemoFixture fixture) : IClassFixture<ScrapedDemoFixture>
{
    /// <summary>What one scrape of the sample sites must leave behind, from every role's instruments and the libraries'.</summary>
    private static readonly string[] PipelineMetrics =
    [
        "jobaggregator_scrape_postings_found_total",
        "jobaggregator_scrape_extractions_total",
        "jobaggregator_fetch_duration_seconds_bucket",
        "jobaggregator_fetch_pages_total",
        "jobaggregator_fetch_bytes_total",
        "jobaggregator_normalizer_postings_total",
        "jobaggregator_store_postings_stored_total",
        "jobaggregator_store_write_duration_seconds_bucket",
        "jobaggregator_store_queue_lag_seconds_bucket",
        "http_server_request_duration_seconds_bucket",
        "http_client_request_duration_seconds_bucket",
    ];

    [Fact]
    public async Task Metrics_count_each_sources_run_by_outcome_and_hold_every_instrument_of_the_pipeline()
    {
        var samples = await ScrapeAsync();
        var sources = await fixture.Demo.Api.GetFromJsonAsync<JsonElement[]>("/api/sources", TestContext.Current.CancellationToken) ?? [];

        Assert.NotEmpty(sources);
        foreach (var source in sources)
        {
            var id = source.GetProperty("id").GetString()!;
            var runs = samples.Where(s => s.Name == "jobaggregator_scrape_runs_total" && s.Label("source") == id).ToList();
            Assert.True(runs.Sum(s => s.Value) >= 1, $"no scrape run counted for source '{id}'");
            Assert.All(runs, s => Assert.Contains(s.Label("outcome"), new[] { ScraperMetrics.Ok, ScraperMetrics.NotModified, ScraperMetrics.Empty, ScraperMetrics.Failed }));
        }

        var ok = samples.Where(s => s.Name == "jobaggregator_scrape_runs_total" && s.Label("outcome") == ScraperMetrics.Ok).Sum(s => s.Value);
        Assert.True(ok >= 1, "no run counted as ok, though the sample sites list postings");
        var names = samples.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(PipelineMetrics, name => Assert.True(names.Contains(name), $"/metrics has no {name}"));
        Assert.Contains(names, name => name.StartsWith("messaging_masstransit_", StringComparison.Ordinal));
        Assert.Contains(names, name => name.StartsWith("dotnet_", StringComparison.Ordinal));
    }

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

    [Fact]
    public async Task Every_metric_the_Grafana_dashboard_queries_is_served_by_the_Host_or_scraped_from_RabbitMQ()
    {
        var served = (await ScrapeAsync()).Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var dashboard = GrafanaDashboard.Load(GrafanaDashboard.Path);

        var problems = new List<string>();
        foreach (var panel in dashboard.Panels)
        {
            foreach (var name in panel.Queries.SelectMany(GrafanaDashboard.MetricNames))
            {
                // RabbitMQ's own exporter answers for these (the rabbitmq job of config/prometheus/prometheus.yml).
                if (!served.Contains(name) && !name.StartsWith("rabbitmq_detailed_queue_", StringComparison.Ordinal))
                {
                    problems.Add($"panel '{panel.Title}' queries {name}, which /metrics does not serve");
                }
            }
        }

        Assert.NotEmpty(dashboard.Panels);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    private async Task<PrometheusSample[]> ScrapeAsync()
    {
        using var response = await fixture.Demo.Api.GetAsync("/metrics", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        return PrometheusSample.ParseAll(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
