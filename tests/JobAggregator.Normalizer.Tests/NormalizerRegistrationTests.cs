using JobAggregator.Contracts;
using JobAggregator.Sources;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Normalizer.Tests;

public sealed class NormalizerRegistrationTests
{
    [Fact]
    public void Registers_one_normalizer_for_everyone()
    {
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<PostingNormalizer>(), provider.GetRequiredService<PostingNormalizer>());
    }

    [Fact]
    public void Defaults_the_concurrency_limit_to_eight()
    {
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        Assert.Equal(8, provider.GetRequiredService<IOptions<NormalizerOptions>>().Value.ConcurrentMessageLimit);
    }

    [Fact]
    public void Binds_the_concurrency_limit_from_the_normalizer_section()
    {
        using var provider = Services(new Dictionary<string, string?> { ["Normalizer:ConcurrentMessageLimit"] = "3" }).BuildServiceProvider();

        Assert.Equal(3, provider.GetRequiredService<IOptions<NormalizerOptions>>().Value.ConcurrentMessageLimit);
    }

    [Fact]
    public void Rejects_a_concurrency_limit_below_one_naming_the_setting()
    {
        using var provider = Services(new Dictionary<string, string?> { ["Normalizer:ConcurrentMessageLimit"] = "0" }).BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<NormalizerOptions>>().Value);
        Assert.Contains("ConcurrentMessageLimit", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gives_postings_the_canonical_organisations_of_the_sources_file()
    {
        var settings = new Dictionary<string, string?> { ["Sources:Path"] = Path.Combine(AppContext.BaseDirectory, "sources.network.yaml") };
        using var provider = Services(settings).AddSourceCatalog(Configuration(settings)).BuildServiceProvider();

        var posting = provider.GetRequiredService<PostingNormalizer>().Normalize(SeedPostings.OhioPublicDefender() with
        {
            SourceId = "innocence-network",
            Title = "Operations Coordinator",
            Organization = "GIP",
            SourceOrganization = "Innocence Network",
        });

        Assert.Equal(new NormalizedOrganization("georgia-innocence-project", "Georgia Innocence Project"), posting.Organization);
        Assert.Equal("innocence-network", posting.SourceOrganizationId);
    }

    [Fact]
    public void Gives_postings_their_names_as_written_without_a_sources_file()
    {
        using var provider = Services(new Dictionary<string, string?>()).BuildServiceProvider();

        var posting = provider.GetRequiredService<PostingNormalizer>().Normalize(SeedPostings.OhioPublicDefender() with { Organization = "GIP" });

        Assert.Equal(new NormalizedOrganization("gip", "GIP"), posting.Organization);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private static IServiceCollection Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton(Configuration(settings))
            .AddNormalizer();
}
