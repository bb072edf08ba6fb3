using System.Diagnostics;
using JobAggregator.Contracts;
using JobAggregator.EndToEnd.Tests.RabbitMq;
using JobAggregator.Host.Telemetry;
using JobAggregator.Scraper.Telemetry;
using JobAggregator.Store.Telemetry;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>One trace per scrape run: the spans the Host exports (through OpenTelemetry's in-memory exporter) follow each
/// posting from the scraper's run over the bus, through the normalizer, to the store; on the in-memory bus and over a
/// real RabbitMQ node, where the trace context travels in the messages' headers.</summary>
[Collection("RabbitMQ")]
public sealed class ScrapeRunTraceTests(RabbitMqFixture rabbit)
{
    private const string SourceId = "innocence-project";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public Task On_the_in_memory_bus_a_scrape_runs_trace_id_reaches_the_store_span_of_every_posting_it_found() =>
        AssertRunTraceReachesTheStoreAsync();

    [Fact]
    public async Task Over_RabbitMQ_a_scrape_runs_trace_id_reaches_the_store_span_of_every_posting_it_found()
    {
        var virtualHost = $"trace-{Guid.NewGuid():N}";
        await rabbit.Node.CreateVirtualHostAsync(virtualHost);

        await AssertRunTraceReachesTheStoreAsync(
            "--Transport", "rabbitmq",
            "--RabbitMq:Host", rabbit.Node.Host,
            "--RabbitMq:Port", rabbit.Node.AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--RabbitMq:VirtualHost", virtualHost);
    }

    private static async Task AssertRunTraceReachesTheStoreAsync(params string[] settings)
    {
        var spans = new RecordedSpans();
        await using var demo = await RunningDemo.StartAsync(
            services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans)),
            ["--Scheduler:ScrapeOnStart", "false", "--" + TelemetryRegistration.RecordSpansKey, "true", .. settings]);
        var runId = Guid.NewGuid();
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);

        await demo.Services.GetRequiredService<IBus>().Publish(
            new ScrapeRequested(SourceId, runId, DateTimeOffset.UtcNow, "test"), TestContext.Current.CancellationToken);
        var sources = await demo.WaitForRunsAsync(since, SourceId);
        var found = sources.Single(s => s.GetProperty("id").GetString() == SourceId).GetProperty("postingsFound").GetInt32();

        Assert.True(found > 0, $"the run of {SourceId} found no postings, so it proves nothing about their spans");
        var (run, stored, all) = await WaitForSpansAsync(spans, runId, found);
        Assert.All(stored, span => Assert.Equal(run.TraceId, span.TraceId));
        Assert.Equal(found, stored.Select(span => span.GetTagItem(TelemetryTags.PostingKey)).Distinct().Count());
        Assert.All(stored, span => Assert.Contains(
            Ancestors(span, all),
            ancestor => ancestor.Source.Name == "MassTransit" && ancestor.Kind == ActivityKind.Consumer));
    }

    /// <summary>The run's scrape span, the store's span of each posting found and all spans recorded, once every store
    /// span's chain of parents back to the run's span has ended (a parent is exported after its children).</summary>
    private static async Task<(Activity Run, Activity[] Stored, Activity[] All)> WaitForSpansAsync(RecordedSpans spans, Guid runId, int postings)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (true)
        {
            var all = spans.Snapshot();
            var ofRun = all.Where(span => Equals(span.GetTagItem(TelemetryTags.ScrapeRunId), runId.ToString())).ToArray();
            var run = ofRun.FirstOrDefault(span => span.Source.Name == ScraperActivities.SourceName && span.OperationName == ScraperActivities.ScrapeActivity);
            var stored = ofRun.Where(span => span.Source.Name == StoreActivities.SourceName && span.OperationName == StoreActivities.StorePostingActivity).ToArray();
            var descending = run is null ? 0 : stored.Count(span => Ancestors(span, all).Contains(run));
            if (run is not null && stored.Length >= postings && descending == stored.Length)
            {
                return (run, stored, all);
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException(
                    $"Within {Patience}: scrape span {(run is null ? "missing" : "found")}, {stored.Length} of {postings} store spans, "
                    + $"{descending} of them descending from the run's span; spans of the run: "
                    + string.Join(", ", ofRun.Select(span => $"{span.Source.Name}/{span.OperationName}")));
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private static IEnumerable<Activity> Ancestors(Activity span, Activity[] all)
    {
        var byId = all.Where(a => a.TraceId == span.TraceId).ToDictionary(a => a.SpanId);
        for (var parent = span.ParentSpanId; byId.TryGetValue(parent, out var ancestor); parent = ancestor.ParentSpanId)
        {
            yield return ancestor;
        }
    }
}
