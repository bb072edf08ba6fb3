using JobAggregator.Store.SourceAlerts.MongoDb;
using JobAggregator.Store.SourceAlerts.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.SourceAlerts;

internal static class SourceAlertStoreRegistration
{
    /// <summary>Registers <see cref="ISourceAlertStore"/> on the database <c>Store:Provider</c> names, created at
    /// start-up; called by <see cref="StoreRegistration.AddPostingStore"/>.</summary>
    public static IServiceCollection AddSourceAlertStore(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteSourceAlertStore>();
        services.TryAddSingleton<MongoSourceAlertStore>();
        services.TryAddSingleton<ISourceAlertStore>(provider =>
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.UsesMongoDb
                ? provider.GetRequiredService<MongoSourceAlertStore>()
                : provider.GetRequiredService<SqliteSourceAlertStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SourceAlertStoreInitializer>());
        return services;
    }
}
