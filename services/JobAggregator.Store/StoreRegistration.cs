using JobAggregator.Store.Alerts;
using JobAggregator.Store.Messaging;
using JobAggregator.Store.MongoDb;
using JobAggregator.Store.Operations;
using JobAggregator.Store.Reading;
using JobAggregator.Store.SourceAlerts;
using JobAggregator.Store.Sqlite;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace JobAggregator.Store;

public static class StoreRegistration
{
    /// <summary>Binds <see cref="StoreOptions"/> from the <c>Store</c> section of <paramref name="configuration"/> (the
    /// root), checked at start-up; registers the store that <c>Store:Provider</c> names (SQLite by default, or MongoDB)
    /// as <see cref="IPostingStore"/> and <see cref="IPostingReader"/>; and creates the schema at start-up, before any
    /// hosted service (the bus included) starts. Safe to call from more than one role in the same process.</summary>
    public static IServiceCollection AddPostingStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StoreOptions>()
            .Bind(configuration.GetSection(StoreOptions.SectionName))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StoreOptions>, StoreOptionsValidator>());

        services.TryAddSingleton<SqliteDatabase>();
        services.TryAddSingleton<SqlitePostingStore>();
        services.TryAddSingleton<SqlitePostingReader>();

        // One client for the process, made only when the MongoDB store is asked for; making it connects to nothing.
        services.TryAddSingleton<IMongoClient>(provider => MongoStoreDatabase.CreateClient(
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.MongoDb,
            provider.GetService<ILoggerFactory>()));
        services.TryAddSingleton<MongoStoreDatabase>();
        services.TryAddSingleton<MongoPostingStore>();
        services.TryAddSingleton<MongoPostingReader>();

        services.TryAddSingleton(provider => new StoreWriteHealth(provider.GetService<TimeProvider>() ?? TimeProvider.System));
        services.TryAddSingleton<IPostingStore>(provider => new WriteHealthTrackingStore(
            UsesMongoDb(provider) ? provider.GetRequiredService<MongoPostingStore>() : provider.GetRequiredService<SqlitePostingStore>(),
            provider.GetRequiredService<StoreWriteHealth>()));
        services.AddOptions<ReadCacheOptions>().BindConfiguration(ReadCacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IPostingReader>(provider => new CachingPostingReader(
            UsesMongoDb(provider) ? provider.GetRequiredService<MongoPostingReader>() : provider.GetRequiredService<SqlitePostingReader>(),
            provider.GetRequiredService<IOptions<ReadCacheOptions>>()));
        services.AddHostedService<StoreInitializer>();
        services.AddAlertStore();
        services.AddSourceAlertStore();
        services.AddOperationsStore();
        return services;
    }

    /// <summary>Adds the consumers that write <see cref="Contracts.PostingNormalized"/>,
    /// <see cref="Contracts.ScrapeCompleted"/> and <see cref="Contracts.ScrapeFailed"/> to the store, and the one that tells
    /// a starting scheduler which sources are paused.</summary>
    public static IBusRegistrationConfigurator AddStoreConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);

        // The posting consumer measures the queue lag against the clock.
        bus.TryAddSingleton(TimeProvider.System);
        bus.AddConsumer<PostingNormalizedConsumer, PostingNormalizedConsumerDefinition>();
        bus.AddConsumer<ScrapeCompletedConsumer, ScrapeCompletedConsumerDefinition>();
        bus.AddConsumer<ScrapeFailedConsumer, ScrapeFailedConsumerDefinition>();
        bus.AddConsumer<ScrapeRequestedFaultConsumer, ScrapeRequestedFaultConsumerDefinition>();
        bus.AddConsumer<PausedSourcesRequestedConsumer>();
        return bus;
    }

    // Reading the options validates them, so a bad Store section fails here too, naming its key, if a store is asked
    // for before the host starts.
    private static bool UsesMongoDb(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<StoreOptions>>().Value.UsesMongoDb;
}
