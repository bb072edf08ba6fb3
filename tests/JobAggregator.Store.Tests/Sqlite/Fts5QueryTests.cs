using JobAggregator.Store.Sqlite;

namespace JobAggregator.Store.Tests.Sqlite;

public sealed class Fts5QueryTests
{
    [Theory]
    [InlineData("engineer", "\"engineer\"*")]
    [InlineData("  backend   engin ", "\"backend\" \"engin\"*")]
    [InlineData("\"foo", "\"foo\"*")]
    [InlineData("AND (", "\"AND\"*")]
    [InlineData("title:engineer", "\"title\" \"engineer\"*")]
    [InlineData("C++ developer", "\"C\" \"developer\"*")]
    [InlineData("don't", "\"don\" \"t\"*")]
    [InlineData("Zürich 2025", "\"Zürich\" \"2025\"*")]
    [InlineData("東京 エンジニア", "\"東京\" \"エンジニア\"*")]
    public void Quotes_each_word_and_matches_the_last_as_a_prefix(string text, string expected)
    {
        Assert.Equal(expected, Fts5Query.Build(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("((( \"\" *")]
    [InlineData("🙂")]
    public void Text_without_words_is_no_query(string? text)
    {
        Assert.Null(Fts5Query.Build(text));
    }
}
