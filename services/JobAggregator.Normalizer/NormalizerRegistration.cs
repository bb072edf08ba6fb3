using JobAggregator.Normalizer.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobAggregator.Normalizer;

/// <summary>What the Host calls to run the normalizer role.</summary>
public static class NormalizerRegistration
{
    /// <summary>Registers the <see cref="PostingNormalizer"/> and the <see cref="NormalizerOptions"/> bound from the
    /// <c>Normalizer</c> section, validated at start-up.</summary>
    public static IServiceCollection AddNormalizer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<NormalizerOptions>()
            .BindConfiguration(NormalizerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton<PostingNormalizer>();
        return services;
    }

    /// <summary>Adds the consumer of <see cref="Contracts.PostingScraped"/> with its retry and concurrency settings.
    /// Works on its own as well (as in a test harness): the options then keep their defaults.</summary>
    public static IBusRegistrationConfigurator AddNormalizerConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        bus.TryAddSingleton<PostingNormalizer>();
        bus.AddConsumer<PostingScrapedConsumer, PostingScrapedConsumerDefinition>();
        return bus;
    }
}
