using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>What a Greenhouse job's own fields tell before its draft is made, read from its bytes: whether it is the
/// Job Board API's shape, whether it gives its ad, and whether its URL could have a fragment.</summary>
/// <param name="HasBoardField">It has a field only the Job Board API's jobs have (<c>absolute_url</c>,
/// <c>first_published</c>, <c>internal_job_id</c>), which tells the answer from another tool's <c>{"jobs": [...]}</c>.</param>
/// <param name="HasContent">Its <c>content</c> is there and not blank, so its draft has a description.</param>
/// <param name="UrlMayHaveFragment">Its <c>absolute_url</c> has a <c>#</c>, or a field is named twice (which one a
/// document reads is not told here): its key could depend on other jobs'.</param>
/// <param name="Title">Its <c>title</c> as its draft gives it (trimmed, null when blank or named twice).</param>
internal readonly record struct GreenhouseJobShape(bool HasBoardField, bool HasContent, bool UrlMayHaveFragment, string? Title)
{
    public static GreenhouseJobShape Of(ReadOnlySpan<byte> job)
    {
        var reader = new Utf8JsonReader(job, JsonArrayItems.Lenient);
        reader.Read();
        bool boardField = false, content = false, fragment = false;
        int contents = 0, urls = 0, titles = 0;
        string? title = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            boardField |= reader.ValueTextEquals("absolute_url") || reader.ValueTextEquals("first_published") || reader.ValueTextEquals("internal_job_id");
            var isContent = reader.ValueTextEquals("content");
            var isUrl = reader.ValueTextEquals("absolute_url");
            var isTitle = reader.ValueTextEquals("title");
            reader.Read();
            if (isTitle)
            {
                titles++;
                title = reader.TokenType == JsonTokenType.String && reader.GetString() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
            }
            else if (isContent)
            {
                contents++;
                content = NotBlank(ref reader);
            }
            else if (isUrl)
            {
                urls++;
                fragment = reader.TokenType == JsonTokenType.String && (reader.ValueIsEscaped
                    ? reader.GetString()!.Contains('#', StringComparison.Ordinal)
                    : reader.ValueSpan.Contains((byte)'#'));
            }

            reader.Skip();
        }

        return new GreenhouseJobShape(boardField, content && contents == 1, fragment || urls > 1 || contents > 1, titles == 1 ? title : null);
    }

    /// <summary>As <see cref="JsonFields.Text"/> sees it: a number, or a string with more than white space.</summary>
    private static bool NotBlank(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            return true;
        }

        if (reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        if (!reader.ValueIsEscaped)
        {
            foreach (var b in reader.ValueSpan)
            {
                if (b < 0x80 && !char.IsWhiteSpace((char)b))
                {
                    return true;
                }
            }
        }

        return !string.IsNullOrWhiteSpace(reader.GetString());
    }
}
