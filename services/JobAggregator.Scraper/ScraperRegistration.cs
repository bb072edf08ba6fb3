using JobAggregator.Scraper.Discovery;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Messaging;
using JobAggregator.Scraper.Rendering;
using JobAggregator.Scraper.Scheduling;
using JobAggregator.Scraper.Scraping;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Quartz;

namespace JobAggregator.Scraper;

public static class ScraperRegistration
{
    /// <summary>The fetching and extraction services of the scraper role (also used by the preview command).</summary>
    public static IServiceCollection AddScraper(this IServiceCollection services)
    {
        services.AddScraperOptions();
        services.TryAddTimeProvider();
        services.AddPageFetching();
        services.AddPageRendering();
        services.AddOptions<DiscoveryOptions>().BindConfiguration(DiscoveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CareersPageFinder>();
        services.AddSingleton<DiscoveredPages>();
        services.AddSingleton<ListingMemory>();
        services.AddTransient<SourceScraper>();
        services.AddSingleton<PublishedContent>();
        services.TryAddSingleton<IPostingBackPressure, NoPostingBackPressure>();
        return services;
    }

    /// <summary>The scraper role's state kept across restarts (<see cref="PublishedContent"/>), in
    /// <see cref="ScraperOptions.StateDirectory"/> or else <paramref name="defaultDirectory"/>. Registered before the bus,
    /// so that it is taken before the first run and given up after the bus has stopped.</summary>
    public static IServiceCollection AddScraperState(this IServiceCollection services, string defaultDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(defaultDirectory);
        services.PostConfigure<ScraperOptions>(scraper => scraper.StateDirectory ??= defaultDirectory);
        services.AddHostedService<PublishedContentLifetime>();
        return services;
    }

    /// <summary>The scraper's settings alone, which its consumer definition reads.</summary>
    public static IServiceCollection AddScraperOptions(this IServiceCollection services)
    {
        services.AddOptions<ScraperOptions>().BindConfiguration(ScraperOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>The consumers of ScrapeRequested (the scheduled runs' queue and the operators' own), and the warm-up
    /// that pays the extractors' one-time costs at start-up instead of in the first run.</summary>
    public static IBusRegistrationConfigurator AddScraperConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ScrapeRequestedConsumer, ScrapeRequestedConsumerDefinition>();
        bus.AddConsumer<ScrapeNowConsumer, ScrapeNowConsumerDefinition>();
        bus.AddHostedService<ExtractionWarmUp>();
        return bus;
    }

    /// <summary>The scheduler role: one Quartz job per source, publishing ScrapeRequested, skipping paused sources.</summary>
    public static IServiceCollection AddScheduler(this IServiceCollection services)
    {
        services.AddOptions<SchedulerOptions>().BindConfiguration(SchedulerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddTimeProvider();
        services.AddSingleton<PausedSources>();
        services.AddHostedService<PausedSourcesLoader>();
        services.AddQuartz(_ => { });
        services.AddQuartzHostedService(hosted => hosted.WaitForJobsToComplete = false);
        services.AddHostedService<SourceScheduleRegistrar>();
        services.TryAddSingleton<ISchedulerLease, SingleProcessLease>();
        services.AddSingleton<SourceBackOffTracker>();
        return services;
    }

    /// <summary>The scheduler's consumer of SourcePaused and SourceResumed, on a temporary endpoint of each process.</summary>
    public static IBusRegistrationConfigurator AddSchedulerConsumers(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<SourcePauseConsumer>().Endpoint(endpoint => endpoint.Temporary = true);
        bus.AddRequestClient<Contracts.PausedSourcesRequested>();
        return bus.AddSchedulerOutcomeConsumer();
    }

    /// <summary>The scheduler's consumer of every run's outcome, for the back-off of failing sources. Each scheduler
    /// process reads every outcome on its own temporary queue, so a second scheduler standing by knows as much as the
    /// one that fires.</summary>
    public static IBusRegistrationConfigurator AddSchedulerOutcomeConsumer(this IBusRegistrationConfigurator bus)
    {
        bus.AddConsumer<ScrapeOutcomeConsumer>().Endpoint(endpoint =>
        {
            endpoint.Temporary = true;
            endpoint.InstanceId = Guid.NewGuid().ToString("N")[..12];
        });
        return bus;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (!services.Any(d => d.ServiceType == typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
