using JobAggregator.Store.MongoDb;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Tests.MongoDb;

/// <summary>MongoDB search folds words as SQLite's FTS5 does, checked against FTS5 itself on an in-memory table; no
/// MongoDB server needed.</summary>
public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("Backend Engineer – Zürich (m/w/d)")]
    [InlineData("Avocat·e spécialisé·e en droit des étrangers, Genève")]
    [InlineData("Abogado/a de inmigración — San José, Costa Rica")]
    [InlineData("Trợ lý pháp lý tại Hà Nội và Đà Nẵng")]
    [InlineData("Łódź, Kraków: prawnik ds. cudzoziemców")]
    [InlineData("İstanbul'da avukat, ÇALIŞMA izni")]
    [InlineData("Straße ÆØÅ œuvre Ærøskøbing")]
    [InlineData("Zu\u0308rich, decomposed")]
    [InlineData("東京 エンジニア 2025年")]
    [InlineData("Ωμέγα δικηγόρος ΚΑΛΟΣ µm ϑ")]
    [InlineData("$17.89 – $50.98 per hour; 100% remote!")]
    public void Words_are_folded_like_sqlite_fts5_unicode61_without_diacritics(string text)
    {
        Assert.Equal(Fts5Terms(text), SearchWords.Of(text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Words_of_every_text_are_kept_once_in_first_seen_order()
    {
        Assert.Equal(
            ["backend", "engineer", "acme", "berlin", "write", "code"],
            SearchWords.Of("Backend Engineer", "ACME", null, "berlin", "Write backend code, engineer!"));
    }

    [Fact]
    public void Query_keeps_the_order_of_the_words_typed()
    {
        Assert.Equal(["engin", "backend", "engin"], SearchWords.Query("Engin BACKEND engin"));
    }

    private static List<string> Fts5Terms(string text)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE VIRTUAL TABLE words USING fts5 (text, tokenize = 'unicode61 remove_diacritics 2');
            CREATE VIRTUAL TABLE terms USING fts5vocab (words, 'row');
            """;
        create.ExecuteNonQuery();
        using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO words (text) VALUES (@text);";
        insert.Parameters.AddWithValue("@text", text);
        insert.ExecuteNonQuery();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT term FROM terms;";
        using var reader = select.ExecuteReader();
        var terms = new List<string>();
        while (reader.Read())
        {
            terms.Add(reader.GetString(0));
        }

        return terms.Order(StringComparer.Ordinal).ToList();
    }
}
