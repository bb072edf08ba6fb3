using JobAggregator.Scraper.Telemetry;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>A real Prometheus (Debian's package) scrapes a running Host's /metrics over loopback, and the scrape-run
/// counter comes back through Prometheus' own HTTP API.</summary>
[Collection(ScrapedHostProcessGroup.Name)]
public sealed class PrometheusScrapeTests(ScrapedHostProcessFixture fixture, ITestOutputHelper output)
{
    private const string Job = "jobaggregator";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Prometheus_scrapes_the_Host_and_answers_the_scrape_run_counter_of_every_source()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var prometheus = await PrometheusServer.StartAsync(Job, fixture.Host.Address.Authority, ct);
        var query = $"sum by (source, outcome) ({ScraperMetrics.RunsInstrument.Replace('.', '_')}_total{{job=\"{Job}\"}})";

        var deadline = DateTimeOffset.UtcNow + Patience;
        IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)> runs;
        while (true)
        {
            runs = await prometheus.QueryAsync(query, ct);
            if (fixture.SourceIds.All(id => runs.Any(series => series.Labels["source"] == id)))
            {
                break;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline,
                $"Prometheus did not answer a run of every source within {Patience}: {string.Join("; ", runs.Select(Describe))}\n{prometheus.Describe()}");
            await Task.Delay(500, ct);
        }

        output.WriteLine($"{query} =>");
        foreach (var series in runs.OrderBy(series => series.Labels["source"], StringComparer.Ordinal))
        {
            output.WriteLine("  " + Describe(series));
        }

        Assert.All(runs, series => Assert.True(series.Value >= 1, Describe(series)));
        Assert.Contains(runs, series => series.Labels["outcome"] == ScraperMetrics.Ok);
        var up = Assert.Single(await prometheus.QueryAsync($"up{{job=\"{Job}\"}}", ct));
        Assert.Equal(1, up.Value);
    }

    private static string Describe((IReadOnlyDictionary<string, string> Labels, double Value) series) =>
        $"{{{string.Join(", ", series.Labels.Select(label => $"{label.Key}=\"{label.Value}\""))}}} {series.Value}";
}
