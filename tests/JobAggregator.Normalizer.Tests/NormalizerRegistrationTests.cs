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

    private static IServiceCollection Services(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddNormalizer();
}
