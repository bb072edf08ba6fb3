using JobAggregator.Store.Consumers;
using JobAggregator.Store.Sqlite;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobAggregator.Store;

public static class StoreRegistration
{
    /// <summary>Binds <see cref="StoreOptions"/> from the <c>Store</c> section of <paramref name="configuration"/> (the
    /// root), registers the SQLite store as <see cref="IPostingStore"/> and <see cref="IPostingReader"/>, and creates
    /// the schema at start-up, before any hosted service (the bus included) starts. Safe to call from more than one
    /// role in the same process.</summary>
    public static IServiceCollection AddPostingStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(
                options => string.Equals(options.Provider, StoreOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase),
                $"{StoreOptions.SectionName}:{nameof(StoreOptions.Provider)} must be '{StoreOptions.SqliteProvider}', the only store provider so far.")
            .ValidateOnStart();

        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<SqlitePostingStore>();
        services.TryAddSingleton<SqlitePostingReader>();
        services.TryAddSingleton<IPostingStore>(provider => provider.GetRequiredService<SqlitePostingStore>());
        services.TryAddSingleton<IPostingReader>(provider => provider.GetRequiredService<SqlitePostingReader>());
        services.AddHostedService<StoreInitializer>();
        return services;
    }

    /// <summary>Adds the consumers that write <see cref="Contracts.PostingNormalized"/>,
    /// <see cref="Contracts.ScrapeCompleted"/> and <see cref="Contracts.ScrapeFailed"/> to the store.</summary>
    public static IBusRegistrationConfigurator AddStoreConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);

        bus.AddConsumer<PostingNormalizedConsumer, PostingNormalizedConsumerDefinition>();
        bus.AddConsumer<ScrapeCompletedConsumer, ScrapeCompletedConsumerDefinition>();
        bus.AddConsumer<ScrapeFailedConsumer, ScrapeFailedConsumerDefinition>();
        return bus;
    }
}
