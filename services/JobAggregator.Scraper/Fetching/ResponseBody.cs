using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;

namespace JobAggregator.Scraper.Fetching;

/// <summary>Reads a response body within two caps: one on the bytes that cross the wire, one on the body once
/// decompressed. Decompression is done here rather than by the handler so both can be seen and enforced, which also
/// stops a decompression bomb at the cap however small it arrives.</summary>
internal static class ResponseBody
{
    /// <param name="truncate">Return the first <paramref name="maxBodyBytes"/> instead of failing (robots.txt, of which
    /// only the first part need be read).</param>
    /// <param name="fingerprint">Hash the body as it is read; a body with the known fingerprint is not kept.</param>
    /// <param name="spoolFromBytes">A body longer than this goes to a temporary file as it is read
    /// (<see cref="BodyRead.Spooled"/>); null keeps every body in memory.</param>
    public static async Task<BodyRead> ReadAsync(
        HttpResponseMessage response,
        Uri url,
        long maxBodyBytes,
        long maxTransferBytes,
        bool truncate,
        BodyFingerprint? fingerprint,
        long? spoolFromBytes,
        CancellationToken cancellationToken)
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
        using var hash = fingerprint?.Start(url, response.Content.Headers.ContentType?.ToString());
        try
        {
            // A body expected to be the known one is gathered in chunks, which die young when it is: an array of its
            // size (on the large-object heap for anything over 85 KB) would be garbage that only a full collection frees.
            if (encodings.Count == 0 && length is { } declared && fingerprint?.Known is null && !(declared > spoolFromBytes))
            {
                var whole = await ReadDeclaredAsync(body, Math.Min(declared, maxBodyBytes), cancellationToken);
                hash?.AppendData(whole);
                return new BodyRead(whole, hash is null ? null : BodyFingerprint.Finish(hash), null);
            }

            using var chunks = new BodyChunks(spoolFromBytes);
            await ReadCappedAsync(chunks, body, url, maxBodyBytes, truncate, encodings.Count > 0, status, hash, cancellationToken);
            var read = hash is null ? (UInt128?)null : BodyFingerprint.Finish(hash);
            if (read is { } sum && sum == fingerprint!.Known)
            {
                return new BodyRead([], sum, chunks.Length);
            }

            return chunks.Spooled is not null
                ? new BodyRead([], read, null, chunks.HandOver())
                : new BodyRead(chunks.ToArray(), read, null);
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

    /// <summary>A body whose length was declared (and is within the cap, or is cut to it) read straight into an array
    /// of that size: no buffer that grows and no copy. A connection that ends early leaves what arrived.</summary>
    private static async Task<byte[]> ReadDeclaredAsync(Stream body, long length, CancellationToken cancellationToken)
    {
        var buffer = new byte[length];
        var filled = 0;
        int read;
        while (filled < buffer.Length && (read = await body.ReadAsync(buffer.AsMemory(filled), cancellationToken)) > 0)
        {
            filled += read;
        }

        return filled == buffer.Length ? buffer : buffer[..filled];
    }

    /// <param name="hash">Given every byte kept, as it is read.</param>
    private static async Task ReadCappedAsync(
        BodyChunks chunks, Stream body, Uri url, long limit, bool truncate, bool compressed, int status, IncrementalHash? hash, CancellationToken cancellationToken)
    {
        while (true)
        {
            // One byte past the cap is asked for, so a body of exactly the cap is read whole and one byte more is seen.
            var free = chunks.Free(limit + 1 - chunks.Length);
            var read = await body.ReadAsync(free, cancellationToken);
            if (read == 0)
            {
                break;
            }

            if (chunks.Length + read > limit)
            {
                if (truncate)
                {
                    var kept = (int)(limit - chunks.Length);
                    chunks.Advance(kept);
                    hash?.AppendData(free.Span[..kept]);
                    break;
                }

                throw new FetchException(url, FetchFailure.TooLarge,
                    $"{(compressed ? "decompressed response" : "response")} is larger than the limit of {limit} bytes", status);
            }

            chunks.Advance(read);
            hash?.AppendData(free.Span[..read]);
        }
    }
}
