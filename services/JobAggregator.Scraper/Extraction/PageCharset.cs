using System.Text;

namespace JobAggregator.Scraper.Extraction;

/// <summary>The encoding a page's bytes are read in, never an exception: the Content-Type charset, else a byte-order
/// mark, else a meta charset near the top, else the bytes themselves (UTF-8 when they are valid UTF-8, else
/// Windows-1252's Latin subset). A charset that is unknown, unsupported or unsafe (UTF-7) is passed over, and a meta tag
/// that names UTF-16 or UTF-32 is read as UTF-8, as browsers do: a page that can state its charset in ASCII is not in
/// either.</summary>
internal static class PageCharset
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Of(byte[] body, string? headerCharset, Func<string?> metaCharset) =>
        Of(body, headerCharset, metaCharset, () => IsUtf8(body));

    /// <summary>As <see cref="Of(byte[], string?, Func{string?})"/>, for a body not in memory: its first bytes, and
    /// whether it is all valid UTF-8, asked only when nothing else tells.</summary>
    public static Encoding Of(ReadOnlySpan<byte> start, string? headerCharset, Func<string?> metaCharset, Func<bool> isUtf8) =>
        Named(headerCharset, fromMeta: false)
        ?? Bom(start)
        ?? Named(metaCharset(), fromMeta: true)
        ?? (isUtf8() ? Encoding.UTF8 : Encoding.Latin1);

    /// <summary>Whether the blocks, one after the other, are valid UTF-8 (a character may be split between two).</summary>
    public static bool IsUtf8(IEnumerable<ReadOnlyMemory<byte>> blocks)
    {
        var decoder = StrictUtf8.GetDecoder();
        try
        {
            foreach (var block in blocks)
            {
                decoder.GetCharCount(block.Span, flush: false);
            }

            decoder.GetCharCount([], flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static Encoding? Named(string? name, bool fromMeta)
    {
        switch (name?.Trim('"', '\'', ' ').ToLowerInvariant())
        {
            case null or "":
                return null;
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            case "iso-8859-1" or "latin1" or "l1" or "windows-1252" or "cp1252" or "us-ascii" or "ascii":
                return Encoding.Latin1;
            case "utf-7" or "utf7" or "csunicode11utf7" or "x-user-defined":
                return null;
            case var other:
                var encoding = Lookup(other);
                return fromMeta && encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;
        }
    }

    private static Encoding? Lookup(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static Encoding? Bom(ReadOnlySpan<byte> body) => body switch
    {
        [0xEF, 0xBB, 0xBF, ..] => Encoding.UTF8,
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    private static bool IsUtf8(byte[] body)
    {
        try
        {
            StrictUtf8.GetCharCount(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
