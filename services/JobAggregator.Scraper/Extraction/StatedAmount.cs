using System.Buffers;
using System.Globalization;

namespace JobAggregator.Scraper.Extraction;

/// <summary>An amount as a tool or feed writes it in a field of its own, in either convention: "3200.0", "3,800.00",
/// "3.800,00", "21,50", "4.500".</summary>
internal static class StatedAmount
{
    private static readonly SearchValues<char> DigitsAndSeparators = SearchValues.Create("0123456789.,");

    /// <summary>The amount, or null when the text is not digits with separators. A separator followed by exactly three
    /// digits at the end, or one that repeats, groups thousands; otherwise the last separator is the decimal mark.</summary>
    public static decimal? Parse(string? text)
    {
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || !char.IsAsciiDigit(trimmed[0]) || !char.IsAsciiDigit(trimmed[^1])
            || trimmed.ContainsAnyExcept(DigitsAndSeparators))
        {
            return null;
        }

        var decimalMark = DecimalMark(trimmed);
        Span<char> invariant = stackalloc char[trimmed.Length];
        var length = 0;
        foreach (var c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                invariant[length++] = c;
            }
            else if (c == decimalMark)
            {
                invariant[length++] = '.';
            }
        }

        return decimal.TryParse(invariant[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static char? DecimalMark(ReadOnlySpan<char> digits)
    {
        var last = digits.LastIndexOfAny('.', ',');
        if (last < 0)
        {
            return null;
        }

        var mark = digits[last];
        var other = mark == '.' ? ',' : '.';
        if (digits.Contains(other))
        {
            // "3.800,00" and "3,800.00": the last separator marks the decimals, the other groups thousands.
            return digits.IndexOf(other) < last ? mark : null;
        }

        var groupsThousands = digits.Length - last - 1 == 3 || digits[..last].Contains(mark);
        return groupsThousands ? null : mark;
    }
}
