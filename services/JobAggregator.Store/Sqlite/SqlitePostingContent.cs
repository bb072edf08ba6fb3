using System.Text.Json;
using JobAggregator.Contracts;

namespace JobAggregator.Store.Sqlite;

/// <summary>The <c>content</c> column: the stored <see cref="PostingNormalized"/> as JSON, with the message's own
/// (camelCase) names, which schema version 3 also writes for postings stored before; all but the description's text,
/// which the row holds once, in <c>description_text</c> (the full-text index's content).</summary>
/// <remarks>The text was written twice, in the JSON and in its column: the largest field of most postings, in the one
/// writer's pages. A posting written before keeps it in both, the same value; the column's is the one read.</remarks>
internal static class SqlitePostingContent
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new SharedEmptyListConverter() },
    };

    public static string Write(PostingNormalized posting) =>
        JsonSerializer.Serialize(posting.DescriptionText is null ? posting : posting with { DescriptionText = null }, Options);

    /// <param name="descriptionText">The <c>description_text</c> column.</param>
    public static PostingNormalized Read(string json, string? descriptionText)
    {
        var posting = JsonSerializer.Deserialize<PostingNormalized>(json, Options)
            ?? throw new InvalidOperationException("A posting's content column holds JSON null.");
        return string.Equals(posting.DescriptionText, descriptionText, StringComparison.Ordinal)
            ? posting
            : posting with { DescriptionText = descriptionText };
    }
}
