using JobAggregator.Store.Operations.MongoDb;
using JobAggregator.Store.Operations.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobAggregator.Store.Operations;

internal static class OperationsStoreRegistration
{
    /// <summary>Registers <see cref="IOperationsStore"/> on the database <c>Store:Provider</c> names; called by
    /// <see cref="StoreRegistration.AddPostingStore"/>.</summary>
    public static IServiceCollection AddOperationsStore(this IServiceCollection services)
    {
        services.TryAddSingleton<SqliteOperationsStore>();
        services.TryAddSingleton<MongoOperationsStore>();
        services.TryAddSingleton<IOperationsStore>(provider =>
            provider.GetRequiredService<IOptions<StoreOptions>>().Value.UsesMongoDb
                ? provider.GetRequiredService<MongoOperationsStore>()
                : provider.GetRequiredService<SqliteOperationsStore>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Extensions.Hosting.IHostedService, OperationsStoreInitializer>());
        return services;
    }
}
