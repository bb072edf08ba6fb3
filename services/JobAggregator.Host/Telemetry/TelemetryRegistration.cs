using JobAggregator.Host.Roles;
using JobAggregator.Normalizer.Telemetry;
using JobAggregator.Scraper.Telemetry;
using JobAggregator.Store.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace JobAggregator.Host.Telemetry;

/// <summary>Traces and metrics for every role, as eShop's service defaults set them up: ASP.NET Core, HttpClient and
/// runtime instrumentation, MassTransit's spans and meter, Polly's meter (retries, timeouts, open circuits) and the
/// roles' own meters and spans. Metrics are always served at <see cref="MetricsPath"/> for Prometheus; everything goes
/// out over OTLP as well when <see cref="OtlpEndpointKey"/> is set. Spans are recorded only when they go somewhere:
/// OTLP, or an exporter added in code with <see cref="RecordSpansKey"/> set.</summary>
internal static class TelemetryRegistration
{
    public const string MetricsPath = "/metrics";

    /// <summary>The OpenTelemetry SDK's own variable; its exporter reads the OTEL_EXPORTER_OTLP_* settings itself.</summary>
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    /// <summary>Records spans without an OTLP endpoint, for an exporter added in code (the tests' in-memory one).</summary>
    public const string RecordSpansKey = "Telemetry:RecordSpans";

    public const string ServiceName = "jobaggregator";

    /// <summary>The roles' own meters, whose instruments keep the SDK's default cardinality limit.</summary>
    private static readonly string[] OwnMeters = [ScraperMetrics.MeterName, NormalizerMetrics.MeterName, StoreMetrics.MeterName];

    /// <summary>The meters of the libraries and of the roles, exported by every role (a role that does not use one
    /// exports nothing for it).</summary>
    public static readonly string[] Meters = ["MassTransit", "Polly", .. OwnMeters];

    /// <summary>Series one instrument of the libraries and the runtime may have. The SDK makes each instrument's array of
    /// series at its cardinality limit when the instrument is first seen, 2,000 by default: about 180 KB on the
    /// large-object heap for each of some 80 instruments, most of which have a handful of series (16 MB of a one-process
    /// Host's 300, README "Pipeline benchmark"). The roles' own instruments, tagged by source, keep the default.</summary>
    public const int LibraryCardinalityLimit = 500;

    public static readonly string[] ActivitySources =
    [
        "MassTransit",
        ScraperActivities.SourceName,
        NormalizerActivities.SourceName,
        StoreActivities.SourceName,
    ];

    public static void AddJobAggregatorTelemetry(this WebApplicationBuilder builder, HostRole roles)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointKey]);
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(ServiceName, serviceInstanceId: Environment.MachineName)
                .AddAttributes([new("jobaggregator.roles", roles.ToString().ToLowerInvariant())]))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters)
                .AddView(instrument => IsOwnMeter(instrument.Meter.Name)
                    ? null
                    : new MetricStreamConfiguration { CardinalityLimit = LibraryCardinalityLimit })
                .AddPrometheusExporter());

        // With no listener every span's StartActivity returns null; recorded for no exporter, the spans of the bus, the
        // roles, ASP.NET Core and HttpClient cost 4 % of a one-process import's CPU (README, "Pipeline benchmark").
        if (otlp || builder.Configuration.GetValue<bool>(RecordSpansKey))
        {
            telemetry.WithTracing(tracing => tracing
                .AddSource(ActivitySources)
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.Filter = context => !IsProbe(context.Request.Path))
                .AddHttpClientInstrumentation());
        }

        if (otlp)
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.IncludeFormattedMessage = true;
                logging.IncludeScopes = true;
            });
            builder.Services.AddOpenTelemetry().UseOtlpExporter();
        }
    }

    public static void MapMetrics(this WebApplication web) => web.MapPrometheusScrapingEndpoint(MetricsPath);

    private static bool IsOwnMeter(string meter) => OwnMeters.Contains(meter, StringComparer.Ordinal);

    /// <summary>Prometheus' scrapes and the health checks would otherwise be most of the traces.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments(MetricsPath, StringComparison.Ordinal) || path.StartsWithSegments("/health", StringComparison.Ordinal);
}
