using JobAggregator.Api;
using JobAggregator.Api.Http;
using JobAggregator.Host.Health;
using JobAggregator.Host.Messaging;
using JobAggregator.Host.Preview;
using JobAggregator.Host.Roles;
using JobAggregator.Host.Scheduling;
using JobAggregator.Host.Telemetry;
using JobAggregator.Normalizer;
using JobAggregator.SampleSites;
using JobAggregator.Scraper;
using JobAggregator.Scraper.Scheduling;
using JobAggregator.Sources;
using JobAggregator.Store;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace JobAggregator.Host;

/// <summary>The one executable: composes the roles named by <c>--roles</c> (all by default) on the bus named by
/// <c>--transport</c> (in-memory by default, or RabbitMQ) and the store named by <c>Store:Provider</c> (SQLite by
/// default, or MongoDB), and serves the bundled sample sites when <c>SampleSites:Enabled</c> is on.</summary>
internal sealed class JobAggregatorApp : IAsyncDisposable
{
    private JobAggregatorApp(WebApplication web, SampleSitesServer? sampleSites, HostRole roles)
    {
        Web = web;
        SampleSites = sampleSites;
        Roles = roles;
    }

    public WebApplication Web { get; }
    public SampleSitesServer? SampleSites { get; }
    public HostRole Roles { get; }

    /// <exception cref="ArgumentException">A command-line value is wrong.</exception>
    /// <exception cref="SourcesFileException">The sources file is wrong; the message names file, line, entry and field.</exception>
    /// <param name="configureServices">More services, after the roles' (tests add an in-memory trace exporter).</param>
    public static async Task<JobAggregatorApp> BuildAsync(string[] args, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        LocalSettingsFile.Add(builder.Configuration, Directory.GetCurrentDirectory(), args);
        var roles = HostRoles.Parse(builder.Configuration[HostRoles.ConfigurationKey]);
        var transport = BusRegistration.ParseTransport(builder.Configuration[BusRegistration.TransportKey]);

        var sampleSites = await StartSampleSitesAsync(builder.Configuration);
        try
        {
            Compose(builder, roles, transport);
            configureServices?.Invoke(builder.Services);
            var web = builder.Build();
            _ = web.Services.GetService<SourceCatalog>();
            MapEndpoints(web, roles);
            return new JobAggregatorApp(web, sampleSites, roles);
        }
        catch
        {
            if (sampleSites is not null)
            {
                await sampleSites.DisposeAsync();
            }

            throw;
        }
    }

    public Task StartAsync(CancellationToken cancellationToken = default) => Web.StartAsync(cancellationToken);

    public Task RunAsync() => Web.RunAsync();

    public async ValueTask DisposeAsync()
    {
        await Web.DisposeAsync();
        if (SampleSites is not null)
        {
            await SampleSites.DisposeAsync();
        }
    }

    private static async Task<SampleSitesServer?> StartSampleSitesAsync(ConfigurationManager configuration)
    {
        if (!configuration.GetValue("SampleSites:Enabled", false))
        {
            return null;
        }

        var server = await SampleSitesServer.StartAsync(
            configuration["SampleSites:Urls"] ?? "http://127.0.0.1:0",
            configuration["SampleSites:RootDirectory"]);
        configuration["SampleSites:BaseUrl"] = server.BaseUrl.AbsoluteUri.TrimEnd('/');
        return server;
    }

    /// <summary>A <c>scraper-state</c> folder beside the SQLite file (its default when none is set), which a process
    /// running MongoDB keeps too.</summary>
    private static string ScraperStateBesideStore(string? sqlitePath)
    {
        var database = Path.GetFullPath(string.IsNullOrWhiteSpace(sqlitePath) ? new StoreOptions().SqlitePath : sqlitePath);
        return Path.Combine(Path.GetDirectoryName(database) ?? ".", "scraper-state");
    }

    private static void Compose(WebApplicationBuilder builder, HostRole roles, TransportKind transport)
    {
        var services = builder.Services;
        builder.Logging.AddConsoleLogs(builder.Configuration);
        builder.AddJobAggregatorTelemetry(roles);
        services.AddSingleton(TimeProvider.System);
        if ((roles & (HostRole.Scheduler | HostRole.Scraper | HostRole.Normalizer | HostRole.Api)) != 0)
        {
            services.AddSourceCatalog(builder.Configuration);
        }
        var health = services.AddHealthChecks();

        if (roles.HasFlag(HostRole.Store) || roles.HasFlag(HostRole.Api))
        {
            services.AddPostingStore(builder.Configuration);
            health.AddCheck<StoreReadinessCheck>("database", tags: ["ready"]);
        }

        if (roles.HasFlag(HostRole.Scraper))
        {
            services.AddScraper();
            services.AddScraperState(ScraperStateBesideStore(builder.Configuration[$"{StoreOptions.SectionName}:{nameof(StoreOptions.SqlitePath)}"]));
        }

        if (roles.HasFlag(HostRole.Normalizer))
        {
            services.AddNormalizer();
        }

        // The bus is registered before the scheduler so it has started before the first trigger publishes.
        services.AddJobAggregatorBus(roles, transport);

        if (roles.HasFlag(HostRole.Scheduler))
        {
            if (transport == TransportKind.RabbitMq)
            {
                // Registered before the scheduler's own single-process lease, which it replaces.
                services.AddSingleton<RabbitMqSchedulerLease>();
                services.AddSingleton<ISchedulerLease>(provider => provider.GetRequiredService<RabbitMqSchedulerLease>());
                services.AddHostedService(provider => provider.GetRequiredService<RabbitMqSchedulerLease>());
            }

            // Before the scheduler's own services, so the failing sources are known before Quartz fires its first trigger.
            if (roles.HasFlag(HostRole.Store) || roles.HasFlag(HostRole.Api))
            {
                services.AddHostedService<SourceBackOffFromStore>();
            }

            services.AddScheduler();
        }

        if (roles.HasFlag(HostRole.Api))
        {
            services.AddApi();
            services.AddPagePreview(roles.HasFlag(HostRole.Scraper), roles.HasFlag(HostRole.Normalizer));
        }

        if (roles.HasFlag(HostRole.Api) && roles.HasFlag(HostRole.Scheduler))
        {
            services.AddHostedService<FeedReadyReporter>();
        }
    }

    private static void MapEndpoints(WebApplication web, HostRole roles)
    {
        web.UseSecurityHeaders();
        if (roles.HasFlag(HostRole.Api))
        {
            web.UseApi();
        }

        web.MapMetrics();
        web.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        web.MapHealthChecks("/health/ready", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains("ready"),
            // A bus that lost its broker reports Degraded; a role that cannot send or take messages is not ready, and
            // orchestrators read only the status code.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        if (roles.HasFlag(HostRole.Api))
        {
            web.MapApi();
        }
    }
}
