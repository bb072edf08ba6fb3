namespace JobAggregator.Sources.Tests;

internal static class Load
{
    private static readonly Dictionary<string, string> DefaultVariables = new(StringComparer.Ordinal)
    {
        ["SampleSites:BaseUrl"] = "http://localhost:5080",
    };

    public static SourceCatalog Yaml(string yaml, IReadOnlyDictionary<string, string>? variables = null)
    {
        using var file = new TempSourcesFile(yaml);
        return SourcesFileLoader.Load(file.Path, Resolver(variables));
    }

    public static SourcesFileException Failing(string yaml, IReadOnlyDictionary<string, string>? variables = null)
    {
        using var file = new TempSourcesFile(yaml);
        return Assert.Throws<SourcesFileException>(() => SourcesFileLoader.Load(file.Path, Resolver(variables)));
    }

    private static Func<string, string?> Resolver(IReadOnlyDictionary<string, string>? variables) =>
        name => (variables ?? DefaultVariables).GetValueOrDefault(name);
}
