using System.Globalization;
using System.Text;
using MongoDB.Driver;

namespace JobAggregator.Store.MongoDb;

/// <summary>How values are written in the MongoDB store: instants as BSON dates (UTC, whole milliseconds, the BSON
/// date's precision), dates as yyyy-MM-dd strings (so they sort), decimals as Decimal128 (exact, see the documents).</summary>
internal static class MongoValues
{
    public const string Open = "open";
    public const string Closed = "closed";

    /// <summary>Truncates to the millisecond before any comparison, so an instant compares the same before and after a
    /// round trip through the database.</summary>
    public static DateTime Instant(DateTimeOffset value)
    {
        var ticks = value.UtcTicks;
        return new DateTime(ticks - (ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }

    public static DateTimeOffset ToInstant(DateTime value) =>
        new(DateTime.SpecifyKind(value, DateTimeKind.Utc), TimeSpan.Zero);

    public static DateTimeOffset? ToInstant(DateTime? value) => value is { } v ? ToInstant(v) : null;

    public static string? Date(DateOnly? value) =>
        value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Escapes text for a MongoDB (PCRE) regular expression so it matches itself: a backslash before any ASCII
    /// character other than a letter or digit always stands for that character, and NUL, which a BSON pattern cannot
    /// hold, is written as its code.</summary>
    public static string RegexLiteral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var escaped = new StringBuilder(text.Length * 2);
        foreach (var c in text)
        {
            if (c == '\0')
            {
                escaped.Append(@"\x00");
            }
            else if (c < 128 && !char.IsAsciiLetterOrDigit(c))
            {
                escaped.Append('\\').Append(c);
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    public static WriteConcern WriteConcern(string? setting) =>
        string.Equals(setting?.Trim(), MongoDbStoreOptions.SingleNodeWriteConcern, StringComparison.Ordinal)
            ? MongoDB.Driver.WriteConcern.W1
            : MongoDB.Driver.WriteConcern.WMajority;
}
