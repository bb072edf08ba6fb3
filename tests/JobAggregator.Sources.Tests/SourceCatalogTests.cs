namespace JobAggregator.Sources.Tests;

public sealed class SourceCatalogTests
{
    private static SourceDefinition Source(string id) =>
        new(id, "Org", new Uri("https://example.org/"), SourceDefinition.DefaultSchedule, ExtractionStrategy.JsonLd, null, null, null, false);

    [Fact]
    public void Rejects_two_sources_with_one_id()
    {
        var exception = Assert.Throws<ArgumentException>(() => new SourceCatalog("/sources.yaml", [Source("a"), Source("a")]));

        Assert.Contains("'a'", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finds_sources_built_in_code()
    {
        var catalog = new SourceCatalog("/sources.yaml", [Source("a"), Source("b")]);

        Assert.Equal("b", catalog.Find("b")?.Id);
        Assert.Null(catalog.Find("c"));
        Assert.Equal("/sources.yaml", catalog.Path);
    }
}
