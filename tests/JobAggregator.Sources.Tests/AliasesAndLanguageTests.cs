namespace JobAggregator.Sources.Tests;

public sealed class AliasesAndLanguageTests
{
    [Fact]
    public void Reads_aliases_in_file_order_and_the_language_in_lower_case()
    {
        var source = Load.Yaml("""
            sources:
              - id: tai
                organization: Taiwan Association for Innocence
                website: https://tai.example/
                aliases: [TAI, Taiwan Innocence Project, 台灣冤獄平反協會]
                language: ZH
            """).All[0];

        Assert.Equal(["TAI", "Taiwan Innocence Project", "台灣冤獄平反協會"], source.Aliases);
        Assert.Equal("zh", source.Language);
    }

    [Fact]
    public void Aliases_may_be_a_block_list()
    {
        var source = Load.Yaml("""
            sources:
              - id: ipf
                organization: Innocence Project of Florida
                website: https://ipf.example/
                aliases:
                  - IPF
                  - "Florida Innocence"
            """).All[0];

        Assert.Equal(["IPF", "Florida Innocence"], source.Aliases);
    }

    [Fact]
    public void Definitions_with_the_same_aliases_are_equal()
    {
        const string Yaml = """
            sources:
              - { id: a, organization: A, url: "https://a.example/", aliases: [A1, A2], language: it }
            """;

        Assert.Equal(Load.Yaml(Yaml).All[0], Load.Yaml(Yaml).All[0]);
        Assert.NotEqual(Load.Yaml(Yaml).All[0], Load.Yaml(Yaml).All[0] with { Aliases = ["A1"] });
    }

    [Fact]
    public void Aliases_that_are_not_a_list_are_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                aliases: IP
            """);

        ErrorAssert.Reports(exception, 5, "a", "aliases", "expected a list of names, such as [IPF, Florida Innocence], found 'IP'");
    }

    [Fact]
    public void Empty_alias_is_reported_on_its_line()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                aliases:
                  - IP
                  - ""
            """);

        ErrorAssert.Reports(exception, 7, "a", "aliases", "empty name");
    }

    [Fact]
    public void Alias_listed_twice_is_reported_on_the_second()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                aliases:
                  - IPNO
                  - Innocence Project NOLA
                  - ipno
            """);

        ErrorAssert.Reports(exception, 8, "a", "aliases", "'ipno' is listed twice");
    }

    [Fact]
    public void Alias_that_is_a_mapping_is_reported()
    {
        var exception = Load.Failing("""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                aliases: [{ short: IP }]
            """);

        ErrorAssert.Reports(exception, 5, "a", "aliases", "expected a single value, found a mapping");
    }

    [Theory]
    [InlineData("spanish", "'spanish' is not an ISO 639-1 language code (two letters, such as es, fr, it, nl or zh)")]
    [InlineData("xx", "'xx' is not an ISO 639-1 language code")]
    [InlineData("spa", "'spa' is not an ISO 639-1 language code")]
    [InlineData("zh-TW", "'zh-TW' is a language tag: give the ISO 639-1 code alone, 'zh'")]
    [InlineData("pt_BR", "'pt_BR' is a language tag: give the ISO 639-1 code alone, 'pt'")]
    public void Language_that_is_not_an_iso_639_1_code_is_reported(string language, string problem)
    {
        var exception = Load.Failing($"""
            sources:
              - id: a
                organization: A
                url: https://a.example/
                language: {language}
            """);

        ErrorAssert.Reports(exception, 5, "a", "language", problem);
    }
}
