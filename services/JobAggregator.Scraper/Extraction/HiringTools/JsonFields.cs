using System.Globalization;
using System.Text.Json;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Tolerant reads of API fields: a missing, null or mistyped field is null, never an exception.</summary>
internal static class JsonFields
{
    public static JsonElement? Property(JsonElement? node, string name) =>
        node is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static JsonElement? Path(JsonElement? node, params string[] names)
    {
        foreach (var name in names)
        {
            node = Property(node, name);
        }

        return node;
    }

    /// <summary>A string (or number) field, trimmed; null when missing or blank.</summary>
    public static string? String(JsonElement? node, string name) => Text(Property(node, name));

    public static string? Text(JsonElement? value)
    {
        var text = value switch
        {
            { ValueKind: JsonValueKind.String } s => s.GetString(),
            { ValueKind: JsonValueKind.Number } n => n.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A number field, or a string holding one ("3200.0", "3.800,00").</summary>
    public static decimal? Number(JsonElement? node, string name) => Property(node, name) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetDecimal(out var d) => d,
        { ValueKind: JsonValueKind.String } s => StatedAmount.Parse(s.GetString()),
        _ => null,
    };

    public static long? Integer(JsonElement? node, string name) => Property(node, name) switch
    {
        { ValueKind: JsonValueKind.Number } n when n.TryGetInt64(out var l) => l,
        { ValueKind: JsonValueKind.String } s when long.TryParse(s.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
        _ => null,
    };

    public static bool? Boolean(JsonElement? node, string name) => Property(node, name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        { ValueKind: JsonValueKind.String } s when bool.TryParse(s.GetString(), out var b) => b,
        _ => null,
    };

    /// <summary>The objects of an array field; empty when the field is missing or not an array.</summary>
    public static IEnumerable<JsonElement> Objects(JsonElement? node, string name) => Objects(Property(node, name));

    public static IEnumerable<JsonElement> Objects(JsonElement? array) =>
        array is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object)
            : [];

    public static IEnumerable<string> Strings(JsonElement? node, string name) =>
        Property(node, name) is { ValueKind: JsonValueKind.Array } a
            ? a.EnumerateArray().Select(e => Text(e)).OfType<string>()
            : [];

    /// <summary>True when the first object of the array field has all the named fields: how a response's shape is told
    /// from another tool's with the same wrapper (<c>{"jobs": [...]}</c>).</summary>
    public static bool FirstItemHas(JsonElement? node, string arrayName, params string[] fields) =>
        Objects(node, arrayName).FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
        && fields.All(f => first.TryGetProperty(f, out _));
}
