using JobAggregator.Sources.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace JobAggregator.Sources;

public static class SourcesRegistration
{
    /// <summary>Registers <see cref="SourceCatalog"/> as a singleton loaded from the file at <c>Sources:Path</c>,
    /// with <c>${Name}</c> placeholders read from <paramref name="configuration"/>. The file is loaded when the catalog
    /// is first resolved, and a bad file throws <see cref="SourcesFileException"/> there: resolve the catalog at
    /// start-up so a bad file stops the Host. Also binds the back-off of failing sources (<c>Scheduler:MaxBackoffHours</c>).</summary>
    public static IServiceCollection AddSourceCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SourcesOptions>()
            .Bind(configuration.GetSection(SourcesOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOptions<SourceBackOffOptions>()
            .Bind(configuration.GetSection(SourceBackOffOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SourcesOptions>>().Value;
            var path = SourcesFilePath.Resolve(options.Path, Directory.GetCurrentDirectory(), AppContext.BaseDirectory);
            return SourcesFileLoader.Load(path, name => configuration[name]);
        });

        return services;
    }
}
