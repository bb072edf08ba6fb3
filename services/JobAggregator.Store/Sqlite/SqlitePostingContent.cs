using System.Text.Json;
using JobAggregator.Contracts;

namespace JobAggregator.Store.Sqlite;

/// <summary>The <c>content</c> column: the stored <see cref="PostingNormalized"/> as JSON, with the message's own
/// (camelCase) names, which schema version 3 also writes for postings stored before.</summary>
internal static class SqlitePostingContent
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new SharedEmptyListConverter() },
    };

    public static string Write(PostingNormalized posting) => JsonSerializer.Serialize(posting, Options);

    public static PostingNormalized Read(string json) =>
        JsonSerializer.Deserialize<PostingNormalized>(json, Options)
        ?? throw new InvalidOperationException("A posting's content column holds JSON null.");
}
