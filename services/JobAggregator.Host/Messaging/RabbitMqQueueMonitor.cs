using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using JobAggregator.Api.Admin;
using Microsoft.Extensions.Options;

namespace JobAggregator.Host.Messaging;

/// <summary>The queues of the configured virtual host from RabbitMQ's management HTTP API (<c>GET /api/queues/{vhost}</c>):
/// depth, ready and unacknowledged, consumers, and the publish and deliver rates it samples.</summary>
internal sealed class RabbitMqQueueMonitor(HttpClient http, IOptions<RabbitMqOptions> options) : IQueueMonitor
{
    public const int DefaultManagementPort = 15672;

    public string Source => $"RabbitMQ's management API at {ManagementUrl(options.Value)}";

    public static Uri ManagementUrl(RabbitMqOptions rabbit) =>
        rabbit.ManagementUrl ?? new Uri($"http://{rabbit.Host}:{DefaultManagementPort.ToString(CultureInfo.InvariantCulture)}/");

    public async Task<IReadOnlyList<QueueInfo>> GetQueuesAsync(CancellationToken ct)
    {
        var rabbit = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(ManagementUrl(rabbit), $"api/queues/{Uri.EscapeDataString(rabbit.VirtualHost)}"));
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{rabbit.Username}:{rabbit.Password}")));
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var queues = await JsonDocument.ParseAsync(body, cancellationToken: ct);
        return queues.RootElement.EnumerateArray().Select(Read).OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
    }

    private static QueueInfo Read(JsonElement queue)
    {
        var stats = queue.TryGetProperty("message_stats", out var s) ? s : default;
        return new QueueInfo(
            queue.GetProperty("name").GetString() ?? "",
            Long(queue, "messages"),
            Long(queue, "messages_ready"),
            Long(queue, "messages_unacknowledged"),
            (int?)Long(queue, "consumers"),
            Rate(stats, "publish_details"),
            Rate(stats, "deliver_get_details"));
    }

    // A queue the node has not sampled yet lacks its counts.
    private static long? Long(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt64() : null;

    private static double? Rate(JsonElement stats, string name) =>
        stats.ValueKind == JsonValueKind.Object && stats.TryGetProperty(name, out var details) && details.TryGetProperty("rate", out var rate)
            ? rate.GetDouble()
            : null;
}
