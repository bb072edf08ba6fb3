using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace JobAggregator.Store.Sqlite;

/// <summary>How values are written as SQLite text: instants as UTC round-trip ISO-8601 (fixed width, so text order is
/// time order), dates as yyyy-MM-dd, decimals as invariant text so they come back exactly.</summary>
internal static class SqliteValues
{
    public const string Open = "open";
    public const string Closed = "closed";

    public static string Instant(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static object InstantOrNull(DateTimeOffset? value) => value is { } v ? Instant(v) : DBNull.Value;

    public static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static object DateOrNull(DateOnly? value) =>
        value is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;

    public static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static object DecimalOrNull(decimal? value) =>
        value is { } v ? v.ToString(CultureInfo.InvariantCulture) : DBNull.Value;

    public static decimal ParseDecimal(string text) =>
        decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static object TextOrNull(string? value) => value is null ? DBNull.Value : value;

    public static string Json<T>(IReadOnlyList<T> values) => JsonSerializer.Serialize(values);

    /// <returns>The shared empty list when there is nothing, as a record's <c>[]</c> default is, so equality of records
    /// without values holds.</returns>
    public static IReadOnlyList<T> ParseJsonList<T>(string json) =>
        JsonSerializer.Deserialize<List<T>>(json) is { Count: > 0 } values ? values : Array.Empty<T>();

    public static string? GetStringOrNull(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }

    public static string GetString(this SqliteDataReader reader, string column) => reader.GetString(reader.GetOrdinal(column));

    public static long GetInt64(this SqliteDataReader reader, string column) => reader.GetInt64(reader.GetOrdinal(column));

    public static long? GetInt64OrNull(this SqliteDataReader reader, string column)
    {
        var ordinal = reader.GetOrdinal(column);
        return reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);
    }

    public static decimal? GetDecimalOrNull(this SqliteDataReader reader, string column) =>
        reader.GetStringOrNull(column) is { } text ? ParseDecimal(text) : null;

    public static DateTimeOffset? GetInstantOrNull(this SqliteDataReader reader, string column) =>
        reader.GetStringOrNull(column) is { } text ? ParseInstant(text) : null;
}
