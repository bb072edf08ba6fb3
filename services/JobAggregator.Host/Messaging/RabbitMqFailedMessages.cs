using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobAggregator.Api.Admin;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace JobAggregator.Host.Messaging;

/// <summary>The failed messages of the virtual host's <c>_error</c> queues, where MassTransit moves a message whose
/// consumer failed after its retries, with the exception in <c>MT-Fault-*</c> headers. Listed through the management
/// API (peeked and put back); replayed or deleted with basic.get: the message looked for is taken (and republished, with
/// its body and properties but without the fault headers, to the queue it failed in) and acknowledged; every other one
/// taken on the way is put back. A replayed message that fails again is moved back to <c>_error</c> by its consumer.</summary>
internal sealed class RabbitMqFailedMessages(HttpClient http, IOptions<RabbitMqOptions> options) : IFailedMessages
{
    private const string ErrorSuffix = "_error";
    private const int MaxListedPerQueue = 500;

    public string Source => $"the _error queues of RabbitMQ at {options.Value.Host}";

    public async Task<IReadOnlyList<FailedMessage>> ListAsync(CancellationToken ct)
    {
        var failed = new List<FailedMessage>();
        foreach (var queue in await ErrorQueuesAsync(ct))
        {
            using var response = await http.SendAsync(Management(HttpMethod.Post, $"api/queues/{VirtualHost}/{Uri.EscapeDataString(queue)}/get",
                new { count = MaxListedPerQueue, ackmode = "ack_requeue_true", encoding = "auto" }), ct);
            response.EnsureSuccessStatusCode();
            using var messages = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
            failed.AddRange(messages.RootElement.EnumerateArray().Select(m => Read(queue, m)));
        }

        return failed;
    }

    public async Task<bool> ReplayAsync(string id, CancellationToken ct) => await MoveAsync(id, replay: true, ct) > 0;

    public Task<int> ReplayAllAsync(CancellationToken ct) => MoveAsync(null, replay: true, ct);

    public async Task<bool> DeleteAsync(string id, CancellationToken ct) => await MoveAsync(id, replay: false, ct) > 0;

    private string VirtualHost => Uri.EscapeDataString(options.Value.VirtualHost);

    /// <summary>Takes the message with <paramref name="id"/> (every message when null) from the _error queues,
    /// republishes it to its queue when <paramref name="replay"/>, and acknowledges it; puts back every other.</summary>
    private async Task<int> MoveAsync(string? id, bool replay, CancellationToken ct)
    {
        var rabbit = options.Value;
        var factory = new ConnectionFactory
        {
            HostName = rabbit.Host,
            Port = rabbit.Port,
            VirtualHost = rabbit.VirtualHost,
            UserName = rabbit.Username,
            Password = rabbit.Password,
        };
        await using var connection = await factory.CreateConnectionAsync("jobaggregator-console", ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        var moved = 0;
        foreach (var queue in await ErrorQueuesAsync(ct))
        {
            var kept = new List<ulong>();
            try
            {
                while (await channel.BasicGetAsync(queue, autoAck: false, ct) is { } delivered)
                {
                    if (id is not null && delivered.BasicProperties.MessageId != id)
                    {
                        kept.Add(delivered.DeliveryTag);
                        continue;
                    }

                    if (replay)
                    {
                        // Confirmed before the failed copy is acknowledged: a crash between the two leaves it twice, never lost.
                        await channel.BasicPublishAsync("", queue[..^ErrorSuffix.Length], mandatory: true, WithoutFault(delivered.BasicProperties), delivered.Body, ct);
                    }

                    await channel.BasicAckAsync(delivered.DeliveryTag, multiple: false, ct);
                    moved++;
                    if (id is not null)
                    {
                        return moved;
                    }
                }
            }
            finally
            {
                foreach (var tag in kept)
                {
                    await channel.BasicNackAsync(tag, multiple: false, requeue: true, CancellationToken.None);
                }
            }
        }

        return moved;
    }

    private static BasicProperties WithoutFault(IReadOnlyBasicProperties properties)
    {
        var copy = new BasicProperties(properties);
        if (properties.Headers is { } headers)
        {
            copy.Headers = headers
                .Where(h => !h.Key.StartsWith("MT-Fault-", StringComparison.Ordinal) && h.Key != "MT-Reason")
                .ToDictionary(h => h.Key, h => h.Value);
        }

        return copy;
    }

    private async Task<List<string>> ErrorQueuesAsync(CancellationToken ct)
    {
        using var response = await http.SendAsync(Management(HttpMethod.Get, $"api/queues/{VirtualHost}?columns=name", null), ct);
        response.EnsureSuccessStatusCode();
        using var queues = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        return queues.RootElement.EnumerateArray()
            .Select(q => q.GetProperty("name").GetString() ?? "")
            .Where(name => name.EndsWith(ErrorSuffix, StringComparison.Ordinal) && name.Length > ErrorSuffix.Length)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private HttpRequestMessage Management(HttpMethod method, string path, object? body)
    {
        var rabbit = options.Value;
        var request = new HttpRequestMessage(method, new Uri(RabbitMqQueueMonitor.ManagementUrl(rabbit), path));
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{rabbit.Username}:{rabbit.Password}")));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return request;
    }

    /// <summary>One message as the management API peeks it: its MassTransit envelope in the payload, the fault in the
    /// headers.</summary>
    private static FailedMessage Read(string queue, JsonElement message)
    {
        var properties = message.GetProperty("properties");
        var headers = properties.TryGetProperty("headers", out var h) ? h : default;
        string? envelopeType = null;
        string? sourceId = null, postingKey = null, title = null;
        try
        {
            using var envelope = JsonDocument.Parse(message.GetProperty("payload").GetString() ?? "{}");
            var root = envelope.RootElement;
            envelopeType = root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0
                ? types[0].GetString()
                : null;
            if (root.TryGetProperty("message", out var body) && body.ValueKind == JsonValueKind.Object)
            {
                sourceId = Text(body, "sourceId");
                postingKey = Text(body, "postingKey");
                title = Text(body, "title");
            }
        }
        catch (JsonException)
        {
            // Not a MassTransit envelope: listed with what its headers say.
        }

        return new FailedMessage(
            Text(properties, "message_id") ?? "",
            queue[..^ErrorSuffix.Length],
            envelopeType,
            Text(headers, "MT-Fault-ExceptionType"),
            Text(headers, "MT-Fault-Message"),
            DateTimeOffset.TryParse(Text(headers, "MT-Fault-Timestamp"), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null,
            sourceId,
            postingKey,
            title);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
