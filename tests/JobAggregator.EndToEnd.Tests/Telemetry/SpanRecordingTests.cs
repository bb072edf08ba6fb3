using JobAggregator.Host;
using JobAggregator.Host.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>Spans are recorded only when something exports them: a Host with no OTLP endpoint has no tracer provider,
/// so no span of the bus or the roles is made for nothing.</summary>
public sealed class SpanRecordingTests
{
    [Fact]
    public async Task Without_an_otlp_endpoint_the_host_records_no_spans() =>
        Assert.Null(await TracerProviderOfAsync());

    [Fact]
    public async Task With_an_otlp_endpoint_the_host_records_spans() =>
        Assert.NotNull(await TracerProviderOfAsync("--" + TelemetryRegistration.OtlpEndpointKey, "http://127.0.0.1:9"));

    [Fact]
    public async Task Asked_to_record_spans_for_an_exporter_of_its_own_the_host_records_them() =>
        Assert.NotNull(await TracerProviderOfAsync("--" + TelemetryRegistration.RecordSpansKey, "true"));

    private static async Task<TracerProvider?> TracerProviderOfAsync(params string[] settings)
    {
        var directory = Directory.CreateTempSubdirectory("jobaggregator-spans-").FullName;
        try
        {
            var app = await JobAggregatorApp.BuildAsync(
                ["--SampleSites:Enabled", "false", "--SampleSites:BaseUrl", "http://127.0.0.1:9", "--Store:SqlitePath", Path.Combine(directory, "jobs.db"), .. settings]);
            await using var web = app.Web;
            return web.Services.GetService<TracerProvider>();
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
