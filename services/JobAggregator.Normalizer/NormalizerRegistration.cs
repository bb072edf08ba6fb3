using JobAggregator.Normalizer.Languages;
using JobAggregator.Normalizer.Messaging;
using JobAggregator.Normalizer.Organizations;
using JobAggregator.Sources;
using JobAggregator.Sources.Organizations;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace JobAggregator.Normalizer;

/// <summary>What the Host calls to run the normalizer role.</summary>
public static class NormalizerRegistration
{
    /// <summary>Registers the <see cref="PostingNormalizer"/> and the <see cref="NormalizerOptions"/> bound from the
    /// <c>Normalizer</c> section, validated at start-up. The organisations and source languages come from the
    /// <see cref="SourceCatalog"/> when one is registered, else none are known.</summary>
    public static IServiceCollection AddNormalizer(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<NormalizerOptions>()
            .BindConfiguration(NormalizerOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        AddPostingNormalizer(services);
        return services;
    }

    /// <summary>Adds the consumer of <see cref="Contracts.PostingScraped"/> with its retry and concurrency settings, and
    /// the warm-up that pays the normalizer's one-time costs at start-up instead of in the first message.
    /// Works on its own as well (as in a test harness): the options then keep their defaults.</summary>
    public static IBusRegistrationConfigurator AddNormalizerConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        AddPostingNormalizer(bus);
        bus.AddConsumer<PostingScrapedConsumer, PostingScrapedConsumerDefinition>();
        return bus;
    }

    /// <summary>As <see cref="AddNormalizerConsumers"/>, but the consumer takes scraped postings in batches from the same
    /// queue and publishes each batch's results together: for a broker, where a message's round trip (a confirm per
    /// publish) costs more than normalising it.</summary>
    public static IBusRegistrationConfigurator AddBatchingNormalizerConsumers(this IBusRegistrationConfigurator bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        AddPostingNormalizer(bus);
        bus.AddConsumer<PostingScrapedBatchConsumer, PostingScrapedBatchConsumerDefinition>();
        return bus;
    }

    private static void AddPostingNormalizer(IServiceCollection services)
    {
        services.TryAddSingleton(provider =>
            provider.GetService<SourceCatalog>() is { } catalog ? OrganizationDirectory.From(catalog) : OrganizationDirectory.Empty);
        services.TryAddSingleton(provider =>
            provider.GetService<SourceCatalog>() is { } catalog ? SourceLanguages.From(catalog) : SourceLanguages.None);
        services.TryAddSingleton<PostingNormalizer>();
        services.AddHostedService<NormalizerWarmUp>();
    }
}
