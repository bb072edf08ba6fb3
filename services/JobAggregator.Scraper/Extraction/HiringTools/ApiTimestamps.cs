using System.Globalization;
using System.Text.RegularExpressions;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>The calendar date of an API's timestamp, as <c>yyyy-MM-dd</c>.</summary>
internal static partial class ApiTimestamps
{
    /// <summary>The date a timestamp states, in its own offset: <c>2024-03-31T21:30:00-04:00</c> is 2024-03-31, as the
    /// organisation wrote it, not the UTC day after. RFC 1123 stamps (RSS) are read the same way; anything else is
    /// passed on as written for the normalizer to read.</summary>
    public static string? Date(string? stamp)
    {
        if (string.IsNullOrWhiteSpace(stamp))
        {
            return null;
        }

        var trimmed = stamp.Trim();
        if (IsoDate().Match(trimmed) is { Success: true } iso)
        {
            return iso.Value;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : trimmed;
    }

    /// <summary>The UTC date of an epoch timestamp in milliseconds (Lever); seconds are accepted too.</summary>
    public static string? FromEpoch(long? epoch)
    {
        if (epoch is not > 0)
        {
            return null;
        }

        // Ten-digit values are seconds: milliseconds that small would date from January 1970.
        var instant = epoch < 100_000_000_000
            ? DateTimeOffset.FromUnixTimeSeconds(epoch.Value)
            : DateTimeOffset.FromUnixTimeMilliseconds(epoch.Value);
        return instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(?=$|[T\s])")]
    private static partial Regex IsoDate();
}
