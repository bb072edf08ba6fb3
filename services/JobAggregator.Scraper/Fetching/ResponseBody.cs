using System.IO.Compression;
using System.Net;

namespace JobAggregator.Scraper.Fetching;

/// <summary>Reads a response body within two caps: one on the bytes that cross the wire, one on the body once
/// decompressed. Decompression is done here rather than by the handler so both can be seen and enforced, which also
/// stops a decompression bomb at the cap however small it arrives.</summary>
internal static class ResponseBody
{
    /// <param name="truncate">Return the first <paramref name="maxBodyBytes"/> instead of failing (robots.txt, of which
    /// only the first part need be read).</param>
    public static async Task<byte[]> ReadAsync(
        HttpResponseMessage response, Uri url, long maxBodyBytes, long maxTransferBytes, bool truncate, CancellationToken cancellationToken)
    {
        var encodings = response.Content.Headers.ContentEncoding
            .Select(e => e.Trim().ToLowerInvariant())
            .Where(e => e is not ("" or "identity"))
            .ToList();
        var status = (int)response.StatusCode;
        var length = response.Content.Headers.ContentLength;
        if (encodings.Count == 0 && length > maxBodyBytes && !truncate)
        {
            throw new FetchException(url, FetchFailure.TooLarge, $"response of {length} bytes is larger than the limit of {maxBodyBytes} bytes", status);
        }

        if (encodings.Count > 0 && length > maxTransferBytes)
        {
            throw new FetchException(url, FetchFailure.TooLarge,
                $"compressed response of {length} bytes is larger than the transfer limit of {maxTransferBytes} bytes", status);
        }

        var raw = await response.Content.ReadAsStreamAsync(cancellationToken);
        await using var body = Decoding(raw, encodings, url, maxTransferBytes, status);
        try
        {
            return await ReadCappedAsync(body, url, maxBodyBytes, truncate, encodings.Count > 0, status, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new FetchException(url, FetchFailure.BadEncoding, $"the {string.Join(", ", encodings)} body does not decompress ({e.Message})", status, e);
        }
    }

    private static Stream Decoding(Stream raw, List<string> encodings, Uri url, long maxTransferBytes, int status)
    {
        if (encodings.Count == 0)
        {
            return raw;
        }

        Stream stream = new CappedStream(raw, maxTransferBytes, () => new FetchException(url, FetchFailure.TooLarge,
            $"compressed response is larger than the transfer limit of {maxTransferBytes} bytes", status));
        // Codings are listed in the order they were applied, so they come off in reverse.
        for (var i = encodings.Count - 1; i >= 0; i--)
        {
            stream = encodings[i] switch
            {
                "gzip" or "x-gzip" => new GZipStream(stream, CompressionMode.Decompress),
                "deflate" => new ZLibStream(stream, CompressionMode.Decompress),
                "br" => new BrotliStream(stream, CompressionMode.Decompress),
                var other => Unsupported(stream, other),
            };
        }

        return stream;

        Stream Unsupported(Stream open, string encoding)
        {
            open.Dispose();
            throw new FetchException(url, FetchFailure.BadEncoding, $"the body is in content encoding '{encoding}', which was not asked for", status);
        }
    }

    private static async Task<byte[]> ReadCappedAsync(
        Stream body, Uri url, long limit, bool truncate, bool compressed, int status, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                if (truncate)
                {
                    buffer.Write(chunk, 0, (int)(limit - buffer.Length));
                    break;
                }

                throw new FetchException(url, FetchFailure.TooLarge,
                    $"{(compressed ? "decompressed response" : "response")} is larger than the limit of {limit} bytes", status);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
