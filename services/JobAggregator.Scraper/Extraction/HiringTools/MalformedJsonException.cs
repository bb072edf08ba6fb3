using System.Globalization;
using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>An API answer that is not valid JSON, with the answer's URL and where in it the reading stopped.</summary>
internal sealed class MalformedJsonException(Uri url, long bytesRead, JsonException inner)
    : Exception(string.Create(CultureInfo.InvariantCulture,
        $"{url} is not valid JSON at line {inner.LineNumber + 1}, byte {inner.BytePositionInLine + 1} of the line (after {bytesRead} bytes read): {inner.Message}"), inner)
{
    public Uri Url { get; } = url;

    /// <summary>The bytes read whole before the error: what came before is valid.</summary>
    public long BytesRead { get; } = bytesRead;
}
