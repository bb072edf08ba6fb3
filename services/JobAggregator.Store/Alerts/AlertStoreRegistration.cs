using JobAggregator.Store.Alerts.MongoDb;
using JobAggregator.Store.Alerts.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Alerts;

internal static class AlertStoreRegistration
{
    /// <summary>Registers <see cref="IAlertStore"/> on the database <c>Store:Provider</c> names, created at start-up after
    /// the postings' schema; called by <see cref="StoreRegistration.AddPostingStore"/>.</summary>
    public static IServiceCollection AddAlertStore(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteAlertStore>();
        services.TryAddSingleton<MongoAlertStore>();
        services.TryAddSingleton<IAlertStore>(provider =>
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.UsesMongoDb
                ? provider.GetRequiredService<MongoAlertStore>()
                : provider.GetRequiredService<SqliteAlertStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, AlertStoreInitializer>());
        return services;
    }
}
