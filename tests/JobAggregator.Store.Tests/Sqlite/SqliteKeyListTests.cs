using JobAggregator.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Tests.Sqlite;

/// <summary>The keys bound as UTF-8 JSON read back by SQLite's <c>json_each</c> as they were, in order, whatever they
/// hold: posting keys (hex digits, the array sized exactly) and keys that need escaping (the array grown, its rest
/// blank).</summary>
public sealed class SqliteKeyListTests
{
    public static TheoryData<string[]> Lists => new(
        [],
        ["0123456789abcdef0123456789abcdef"],
        ["0123456789abcdef0123456789abcdef", "fedcba9876543210fedcba9876543210", "manual:board-1"],
        ["quote \" and backslash \\", "<script>&'+", "Zürich – Genève", "tab\tnew\nline", "emoji 🎉", ""],
        [.. Enumerable.Range(0, 2_000).Select(i => $"{i:x32}")]);

    [Theory]
    [MemberData(nameof(Lists))]
    public void Json_each_reads_back_every_key_in_order(string[] keys)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT value FROM json_each(CAST(@keys AS TEXT)) ORDER BY key;";
        select.Parameters.AddWithValue("@keys", SqliteKeyList.Utf8Json(keys));

        var read = new List<string>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                read.Add(reader.GetString(0));
            }
        }

        Assert.Equal(keys, read);
    }
}
