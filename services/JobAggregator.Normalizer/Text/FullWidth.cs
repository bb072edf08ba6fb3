using System.Text;

namespace JobAggregator.Normalizer.Text;

/// <summary>Japanese and Chinese text writes digits and some punctuation full-width ("２０２４年３月", "１，２００円"): folded to
/// their ASCII forms so that numbers read the same everywhere.</summary>
internal static class FullWidth
{
    public static string Fold(string text)
    {
        if (!text.Any(c => c is >= '\uFF01' and <= '\uFF5E'))
        {
            return text;
        }

        var folded = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // U+FF01..U+FF5E are ASCII 0x21..0x7E shifted; only digits and number punctuation are folded, so CJK
            // text keeps its own brackets and marks.
            var ascii = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            folded.Append(char.IsAsciiDigit(ascii) || ascii is ',' or '.' or '-' or '~' or '$' ? ascii : c);
        }

        return folded.ToString();
    }
}
