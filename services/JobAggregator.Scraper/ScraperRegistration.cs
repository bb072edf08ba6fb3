using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Scheduling;
using JobAggregator.Scraper.Scraping;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Quartz;

namespace JobAggregator.Scraper;

public static class ScraperRegistration
{
    /// <summary>The fetching and extraction services of the scraper role (also used by the preview command).</summary>
    public static IServiceCollection AddScraper(this IServiceCollection services)
    {
        services.AddScraperOptions();
        services.TryAddTimeProvider();
        services.AddHttpClient<IPageFetcher, HttpPageFetcher>((provider, client) =>
            {
                var options = provider.GetRequiredService<IOptions<ScraperOptions>>().Value;
                client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8");
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = System.Net.DecompressionMethods.All,
                MaxAutomaticRedirections = 5,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddStandardResilienceHandler();
        services.AddOptions<HttpStandardResilienceOptions>(typeof(IPageFetcher).Name + "-standard")
            .Configure<IOptions<ScraperOptions>>((resilience, scraper) =>
            {
                var timeout = TimeSpan.FromSeconds(scraper.Value.RequestTimeoutSeconds);
                resilience.AttemptTimeout.Timeout = timeout;
                resilience.TotalRequestTimeout.Timeout = timeout * 3;
                resilience.CircuitBreaker.SamplingDuration = timeout * 2;
                resilience.Retry.MaxRetryAttempts = scraper.Value.MaxRetries;
                resilience.Retry.Delay = TimeSpan.FromSeconds(1);
            });
        services.AddTransient<SourceScraper>();
        return services;
    }

    /// <summary>The scraper's settings alone, which its consumer definition reads.</summary>
    public static IServiceCollection AddScraperOptions(this IServiceCollection services)
    {
        services.AddOptions<ScraperOptions>().BindConfiguration(ScraperOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static IBusRegistrationConfigurator AddScraperConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ScrapeRequestedConsumer, ScrapeRequestedConsumerDefinition>();
        return bus;
    }

    /// <summary>The scheduler role: one Quartz job per source, publishing ScrapeRequested.</summary>
    public static IServiceCollection AddScheduler(this IServiceCollection services)
    {
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddTimeProvider();
        services.AddQuartz(_ => { });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = false);
        services.AddHostedService<SourceScheduleRegistrar>();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
