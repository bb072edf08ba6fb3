using System.Text.Json;

namespace JobAggregator.Store.Sqlite;

/// <summary>A run's keys as one JSON array in UTF-8, bound as a blob and read by <c>json_each(CAST(@keys AS TEXT))</c>.
/// A run of 100,000 postings lists 3.6 MB of keys: serialised to a string they took 7 MB of UTF-16 and were converted to
/// UTF-8 again by every statement that bound them, all of it on the large-object heap, which only a full collection
/// frees; this array is the only copy.</summary>
internal static class SqliteKeyList
{
    // The writer keeps what it writes until it is flushed: flushed every so many keys, it never holds the whole list.
    private const int KeysPerFlush = 512;

    public static byte[] Utf8Json(IReadOnlyList<string> keys)
    {
        // Sized for keys that need no escaping, as posting keys (hex digits), so the array is not grown; what is left
        // is blank, which JSON allows after the array.
        var estimate = 2L;
        foreach (var key in keys)
        {
            estimate += key.Length + 3;
        }

        using var buffer = new MemoryStream((int)Math.Min(estimate, Array.MaxLength));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < keys.Count; i++)
            {
                writer.WriteStringValue(keys[i]);
                if (i % KeysPerFlush == KeysPerFlush - 1)
                {
                    writer.Flush();
                }
            }

            writer.WriteEndArray();
        }

        var bytes = buffer.GetBuffer();
        Array.Fill(bytes, (byte)' ', (int)buffer.Length, bytes.Length - (int)buffer.Length);
        return bytes;
    }
}
