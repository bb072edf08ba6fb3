using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.EndToEnd.Tests.Deployment;
using JobAggregator.Scraper.Telemetry;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>/metrics of a Host in its own process, after its start-up scrape of every sample source, read as Prometheus
/// reads it. Its own process, as in production: in the test process many hosts come and go, and MassTransit's
/// instruments, set up once per process, were seen missing from a later host's /metrics.</summary>
[Collection(ScrapedHostProcessGroup.Name)]
public sealed class HostProcessMetricsTests(ScrapedHostProcessFixture fixture)
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
        var sources = await Api.GetFromJsonAsync<JsonElement[]>("/api/sources", TestContext.Current.CancellationToken) ?? [];

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

    private HttpClient Api { get; } = new() { BaseAddress = fixture.Host.Address };

    private Task<PrometheusSample[]> ScrapeAsync() => PrometheusSample.ScrapeAsync(Api);
}
