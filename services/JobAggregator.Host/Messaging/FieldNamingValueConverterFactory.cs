using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace JobAggregator.Host.Messaging;

/// <summary>Reads the value types of messages (ids, dates, amounts) as System.Text.Json does, but a value that is not
/// one (<c>"scrapeRunId": "not-a-guid"</c>) fails with a <see cref="JsonException"/> of its own, which the serializer
/// completes with the field's path: "The JSON value could not be converted to System.Guid. Path: $.scrapeRunId". The
/// serializer's own exception wraps the reader's, and an error queue's fault header shows only that innermost one, "The
/// JSON value is not in a supported Guid format", which names no field.</summary>
internal sealed class FieldNamingValueConverterFactory : JsonConverterFactory
{
    private static readonly HashSet<Type> Wrapped =
    [
        typeof(Guid), typeof(DateTimeOffset), typeof(DateTime), typeof(DateOnly), typeof(TimeSpan),
        typeof(decimal), typeof(double), typeof(int), typeof(long), typeof(bool),
    ];

    public override bool CanConvert(Type typeToConvert) => Wrapped.Contains(typeToConvert);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(FieldNamingConverter<>).MakeGenericType(typeToConvert))!;

    private sealed class FieldNamingConverter<T> : JsonConverter<T>
    {
        private static readonly JsonConverter<T> Default = (JsonConverter<T>)JsonSerializerOptions.Default.GetConverter(typeof(T));

        public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            try
            {
                return Default.Read(ref reader, typeToConvert, options);
            }
            catch (Exception e) when (e is FormatException or InvalidOperationException or OverflowException)
            {
                // No message and no inner exception: the serializer writes the message, with the path.
                throw new JsonException();
            }
        }

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => Default.Write(writer, value, options);

        public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Default.ReadAsPropertyName(ref reader, typeToConvert, options);

        public override void WriteAsPropertyName(Utf8JsonWriter writer, [DisallowNull] T value, JsonSerializerOptions options) =>
            Default.WriteAsPropertyName(writer, value, options);
    }
}
