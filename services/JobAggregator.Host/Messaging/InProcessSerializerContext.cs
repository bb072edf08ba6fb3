using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;

namespace JobAggregator.Host.Messaging;

/// <summary>A message handed over by <see cref="InProcessMessageSerializer"/>: the object itself, its envelope's ids,
/// addresses and headers. Anything MassTransit sends on from it (a forward, a redelivery) is written as its JSON.
/// </summary>
internal sealed class InProcessSerializerContext(MessageEnvelope envelope)
    : BaseSerializerContext(
        SystemTextJsonMessageSerializer.Instance,
        new EnvelopeMessageContext(envelope, SystemTextJsonMessageSerializer.Instance),
        envelope.MessageType ?? [])
{
    private readonly object _message = envelope.Message ?? throw new ArgumentException("The envelope holds no message.", nameof(envelope));

    public override bool TryGetMessage<T>([NotNullWhen(true)] out T? message)
        where T : class
    {
        message = _message as T;
        return message is not null;
    }

    public override bool TryGetMessage(Type messageType, [NotNullWhen(true)] out object? message)
    {
        ArgumentNullException.ThrowIfNull(messageType);
        message = messageType.IsInstanceOfType(_message) ? _message : null;
        return message is not null;
    }

    public override IMessageSerializer GetMessageSerializer() =>
        new SystemTextJsonBodyMessageSerializer(envelope, SystemTextJsonMessageSerializer.JsonContentType, SystemTextJsonMessageSerializer.Options);

    public override IMessageSerializer GetMessageSerializer<T>(MessageEnvelope envelope, T message)
    {
        var serializer = new SystemTextJsonBodyMessageSerializer(envelope, SystemTextJsonMessageSerializer.JsonContentType, SystemTextJsonMessageSerializer.Options);
        serializer.Overlay(message);
        return serializer;
    }

    public override IMessageSerializer GetMessageSerializer(object message, string[] messageTypes) =>
        new SystemTextJsonBodyMessageSerializer(
            new JsonMessageEnvelope(this, message, messageTypes), SystemTextJsonMessageSerializer.JsonContentType, SystemTextJsonMessageSerializer.Options, messageTypes);

    public override Dictionary<string, object> ToDictionary<T>(T? message)
        where T : class =>
        message is null
            ? new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
            : JsonSerializer.SerializeToElement(message, SystemTextJsonMessageSerializer.Options).Deserialize<Dictionary<string, object>>()
                ?? new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase);
}
