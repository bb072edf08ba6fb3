namespace JobAggregator.Sources.Tests;

public sealed class RenderOptionTests
{
    [Fact]
    public void Render_is_off_unless_the_source_says_true()
    {
        var catalog = Load.Yaml("""
            sources:
              - id: shell
                organization: Shell
                url: https://shell.example/careers
                render: true
              - id: plain
                organization: Plain
                url: https://plain.example/careers
            """);

        Assert.True(catalog.All[0].Render);
        Assert.False(catalog.All[1].Render);
        Assert.NotEqual(catalog.All[0], catalog.All[0] with { Render = false });
    }

    [Fact]
    public void Render_that_is_not_true_or_false_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                render: always
            """);

        ErrorAssert.Reports(exception, 5, "a", "render", "expected true or false, found 'always'");
    }

    [Theory]
    [InlineData("css", "the css rules")]
    [InlineData("jsonld", "the jsonld rules")]
    public void Render_with_configured_rules_is_reported(string strategy, string named)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                strategy: {strategy}
                render: true
                selectors:
                  item: li
                  title: h2
            """);

        ErrorAssert.Reports(exception, 6, "a", "render", $"render: true needs strategy auto; {named} read the page as the server sends it");
    }
}
