using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>The state of <see cref="JsonArrayItems"/>' pass between the blocks it is given: the reader's, and where in
/// the root object the last token was, so that a body is read the same whether it comes whole or a block at a
/// time.</summary>
internal sealed class JsonArrayScan(string arrayName, Uri url, JsonItemVisitor? visit)
{
    private JsonReaderState _state = new(JsonArrayItems.Lenient);
    private bool _started;
    private bool _rootIsObject;
    private bool _named;
    private bool _inArray;
    private int _found;
    private List<Range>? _items;

    /// <summary>Where the item being read starts in the body, while one is.</summary>
    public long? ItemStart { get; private set; }

    /// <summary>The items found, once the body is read: null when there is not exactly one such array.</summary>
    public List<Range>? Items => _found == 1 ? _items : null;

    /// <summary>Reads the whole tokens of <paramref name="buffer"/> from <paramref name="from"/> on; the buffer holds the
    /// body from <paramref name="bufferAt"/>, and keeps the item being read from its start.</summary>
    /// <param name="final">Nothing comes after the buffer.</param>
    /// <returns>How many bytes after <paramref name="from"/> were read; the rest are to come again with more after them.</returns>
    /// <exception cref="MalformedJsonException">The body is not valid JSON.</exception>
    public int Read(ReadOnlySpan<byte> buffer, long bufferAt, int from, bool final)
    {
        var reader = new Utf8JsonReader(buffer[from..], final, _state);
        var at = bufferAt + from;
        try
        {
            while (reader.Read())
            {
                Token(ref reader, at, buffer, bufferAt);
            }
        }
        catch (JsonException e)
        {
            throw new MalformedJsonException(url, at + reader.BytesConsumed, e);
        }

        _state = reader.CurrentState;
        return (int)reader.BytesConsumed;
    }

    /// <param name="at">Where the reader's span starts in the body.</param>
    private void Token(ref Utf8JsonReader reader, long at, ReadOnlySpan<byte> buffer, long bufferAt)
    {
        if (!_started)
        {
            _started = true;
            _rootIsObject = reader.TokenType == JsonTokenType.StartObject;
            return;
        }

        if (!_rootIsObject)
        {
            return;
        }

        switch (reader.CurrentDepth, reader.TokenType)
        {
            case (1, JsonTokenType.PropertyName):
                _named = reader.ValueTextEquals(arrayName);
                break;
            case (1, JsonTokenType.EndArray):
                _inArray = false;
                break;
            case (1, _) when _named:
                _named = false;
                _found++;
                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    _items = [];
                    _inArray = true;
                }

                break;
            case (2, JsonTokenType.StartObject) when _inArray:
                ItemStart = at + reader.TokenStartIndex;
                break;
            case (2, JsonTokenType.EndObject) when _inArray:
                var start = ItemStart!.Value;
                var end = at + reader.BytesConsumed;
                _items!.Add((int)start..(int)end);
                visit?.Invoke(buffer[(int)(start - bufferAt)..(int)(end - bufferAt)]);
                ItemStart = null;
                break;
        }
    }
}
