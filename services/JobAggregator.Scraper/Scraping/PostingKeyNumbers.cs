using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace JobAggregator.Scraper.Scraping;

/// <summary>A posting key as a 128-bit number, 16 bytes where its string takes 88 on the heap. A key made by
/// <see cref="PostingKeys.For"/> spells such a number (32 lower-case hex digits), so the number gives the key back;
/// any other key is numbered by 128 bits of its SHA-256, which two keys never share in practice, and is kept as it is
/// wherever it must be given back.</summary>
internal static class PostingKeyNumbers
{
    private const int Digits = 32;

    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    /// <param name="spelled">Whether the key is the number's own spelling, so <see cref="Spell"/> gives it back.</param>
    public static UInt128 Of(string key, out bool spelled)
    {
        spelled = IsSpelling(key);
        if (spelled)
        {
            return UInt128.Parse(key, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }

        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return new UInt128(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));
    }

    /// <summary>The key whose number this is, when the key spelled it.</summary>
    public static string Spell(UInt128 number) => number.ToString("x32", CultureInfo.InvariantCulture);

    private static bool IsSpelling(string key) => key.Length == Digits && key.AsSpan().IndexOfAnyExcept(LowerHexDigits) < 0;
}
