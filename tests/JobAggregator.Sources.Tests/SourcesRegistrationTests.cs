using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace JobAggregator.Sources.Tests;

public sealed class SourcesRegistrationTests
{
    private const string Yaml = """
        sources:
          - id: a
            organization: A
            url: ${SampleSites:BaseUrl}/a/
        """;

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSourceCatalog(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Loads_the_catalog_from_the_configured_path_with_placeholders_from_configuration()
    {
        using var file = new TempSourcesFile(Yaml);
        using var services = Services(new() { ["Sources:Path"] = file.Path, ["SampleSites:BaseUrl"] = "http://localhost:5080" });

        var catalog = services.GetRequiredService<SourceCatalog>();

        Assert.Equal(new Uri("http://localhost:5080/a/"), catalog.Find("a")?.Url);
        Assert.Same(catalog, services.GetRequiredService<SourceCatalog>());
    }

    [Fact]
    public void Bad_file_fails_when_the_catalog_is_resolved()
    {
        using var file = new TempSourcesFile(Yaml);
        using var services = Services(new() { ["Sources:Path"] = file.Path });

        var exception = Assert.Throws<SourcesFileException>(services.GetRequiredService<SourceCatalog>);

        Assert.Contains("SampleSites:BaseUrl", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_path_fails_options_validation_naming_the_setting()
    {
        using var services = Services(new() { ["Sources:Path"] = "" });

        var exception = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SourcesOptions>>().Value);

        Assert.Contains("Path", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Path_defaults_to_the_sample_file()
    {
        using var services = Services([]);

        Assert.Equal("sources.sample.yaml", services.GetRequiredService<IOptions<SourcesOptions>>().Value.Path);
    }
}
