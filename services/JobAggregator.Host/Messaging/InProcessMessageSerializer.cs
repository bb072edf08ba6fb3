using System.Net.Mime;
using System.Runtime.CompilerServices;
using System.Runtime.Serialization;
using MassTransit;
using MassTransit.Serialization;

namespace JobAggregator.Host.Messaging;

/// <summary>Hands a message from its publisher to its consumers on the in-memory bus as the object itself, with its
/// envelope (ids, addresses, headers) as MassTransit's JSON serializer would have written it, instead of writing both
/// to JSON and reading them back: that round trip, twice per posting, was about an eighth of the one-process Host's CPU
/// on a first import. The in-memory transport carries a message's body array unchanged from the send to every queue
/// it is delivered to and into the <c>_error</c> queue, so the array is the key to the message, and the entry lives
/// exactly as long as something still holds the message. Used only for contracts that are immutable records
/// (<see cref="InProcessMessages"/>), so every consumer may be handed the same instance. A body this process did not
/// make (a copy forwarded as JSON under this content type) is read as MassTransit's JSON.</summary>
internal sealed class InProcessMessageSerializer : IMessageSerializer, IMessageDeserializer, ISerializerFactory
{
    public static readonly ContentType InProcessContentType = new("application/vnd.jobaggregator.in-process");

    public static readonly InProcessMessageSerializer Instance = new();

    private static readonly ConditionalWeakTable<byte[], MessageEnvelope> Envelopes = [];

    public ContentType ContentType => InProcessContentType;

    public IMessageSerializer CreateSerializer() => this;

    public IMessageDeserializer CreateDeserializer() => this;

    public MessageBody GetMessageBody<T>(SendContext<T> context)
        where T : class => new Body<T>(context);

    public ConsumeContext Deserialize(ReceiveContext receiveContext)
    {
        ArgumentNullException.ThrowIfNull(receiveContext);
        return new BodyConsumeContext(receiveContext, Deserialize(receiveContext.Body, receiveContext.TransportHeaders, receiveContext.InputAddress));
    }

    public SerializerContext Deserialize(MessageBody body, Headers headers, Uri? destinationAddress = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Envelopes.TryGetValue(body.GetBytes(), out var envelope)
            ? new InProcessSerializerContext(envelope)
            : SystemTextJsonMessageSerializer.Instance.Deserialize(body, headers, destinationAddress);
    }

    public MessageBody GetMessageBody(string text) => new StringMessageBody(text);

    public void Probe(ProbeContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.CreateScope("in-process").Add("contentType", InProcessContentType.MediaType);
    }

    /// <summary>The envelope is made when the transport first asks for the body, after every send filter has run, as
    /// the JSON serializer makes its own.</summary>
    private sealed class Body<T>(SendContext<T> context) : MessageBody
        where T : class
    {
        private byte[]? _key;

        public long? Length => GetBytes().Length;

        public Stream GetStream() => new MemoryStream(GetBytes(), writable: false);

        /// <summary>A new array per message (its id, so a dump of the queue tells one from another).</summary>
        public byte[] GetBytes()
        {
            if (_key is null)
            {
                var key = (context.MessageId ?? NewId.NextGuid()).ToByteArray();
                Envelopes.Add(key, new JsonMessageEnvelope(context, context.Message));
                _key = key;
            }

            return _key;
        }

        public string GetString() => throw new SerializationException(
            $"A {typeof(T).Name} message on the in-memory bus is handed over as an object and has no text.");
    }
}
