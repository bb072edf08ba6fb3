using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Where each object of a top-level array field lies in a JSON body (<c>{"jobs": [{...}, {...}]}</c>), found
/// by one pass of a <see cref="Utf8JsonReader"/> over the bytes: a board's items can then be read one at a time
/// instead of as one document of the whole answer. The pass reads the whole body, so an answer that is not valid JSON
/// anywhere is told before any item is used, as a document of it would be.</summary>
internal static class JsonArrayItems
{
    /// <summary>Comments and trailing commas allowed, as <see cref="PageContent.Json"/> allows them.</summary>
    public static readonly JsonReaderOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };

    /// <summary>The byte range of every object of the root object's <paramref name="arrayName"/> array, in order (items
    /// that are not objects are passed over); null when the root is not an object, holds no such array, or names the
    /// field twice (a document of it would read only one).</summary>
    /// <exception cref="MalformedJsonException">The body is not valid JSON: says where, and in which answer.</exception>
    public static List<Range>? Find(ReadOnlySpan<byte> body, string arrayName, Uri url)
    {
        var reader = new Utf8JsonReader(body, Lenient);
        try
        {
            return Read(ref reader, arrayName);
        }
        catch (JsonException e)
        {
            throw new MalformedJsonException(url, reader.BytesConsumed, e);
        }
    }

    private static List<Range>? Read(ref Utf8JsonReader reader, string arrayName)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            Finish(ref reader);
            return null;
        }

        List<Range>? items = null;
        var found = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isArray = reader.ValueTextEquals(arrayName);
            reader.Read();
            if (!isArray)
            {
                reader.Skip();
                continue;
            }

            found++;
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                continue;
            }

            items = [];
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                var isObject = reader.TokenType == JsonTokenType.StartObject;
                reader.Skip();
                if (isObject)
                {
                    items.Add(start..(int)reader.BytesConsumed);
                }
            }
        }

        Finish(ref reader);
        return found == 1 ? items : null;
    }

    /// <summary>Reads to the end, so that anything after the root value that is not JSON is told as a document would.</summary>
    private static void Finish(ref Utf8JsonReader reader)
    {
        while (reader.Read())
        {
        }
    }
}
