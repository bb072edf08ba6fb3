using System.Text.Json;
using JobAggregator.Contracts;
using JobAggregator.Normalizer;
using JobAggregator.Sources.Organizations;
using MassTransit;
using RabbitMQ.Client;

namespace JobAggregator.Benchmarks;

/// <summary>A message exactly as the pipeline's MassTransit bus puts it on the wire (envelope, content type, headers),
/// for the raw RabbitMQ.Client baseline to publish copies of.</summary>
internal sealed record RabbitSample(string MessageType, ReadOnlyMemory<byte> Body, string? ContentType, IDictionary<string, object?>? Headers)
{
    private const string Queue = "rabbitbench-sample";

    /// <summary>The larger of a board posting as the scraper publishes it (<see cref="PostingScraped"/>) and as the
    /// normalizer publishes it for the store (<see cref="PostingNormalized"/>), sent by MassTransit to a queue of its
    /// own on <paramref name="node"/> and read back raw.</summary>
    public static async Task<RabbitSample> CaptureAsync(RabbitNode node, int organisations, CancellationToken ct)
    {
        var scraped = PipelineBoard.Scraped(0, organisations);
        var normalized = new PostingNormalizer(OrganizationDirectory.Empty).Normalize(scraped);
        var samples = new[] { await CaptureAsync(node, scraped, ct), await CaptureAsync(node, normalized, ct) };
        return samples.MaxBy(sample => sample.Body.Length)!;
    }

    private static async Task<RabbitSample> CaptureAsync<T>(RabbitNode node, T message, CancellationToken ct)
        where T : class
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(node.Host, (ushort)node.AmqpPort, "/", host =>
            {
                host.Username(RabbitNode.User);
                host.Password(RabbitNode.Password);
            });
            // As the Host's bus writes it (BusRegistration): MassTransit's JSON without its indentation.
            rabbit.ConfigureJsonSerializerOptions(options => options.WriteIndented ? new JsonSerializerOptions(options) { WriteIndented = false } : options);
        });
        await bus.StartAsync(ct);
        try
        {
            var endpoint = await bus.GetSendEndpoint(new Uri($"queue:{Queue}"));
            await endpoint.Send(message, ct);
        }
        finally
        {
            await bus.StopAsync(ct);
        }

        await using var connection = await node.ConnectionFactory().CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        var got = await channel.BasicGetAsync(Queue, autoAck: true, ct)
            ?? throw new InvalidOperationException($"MassTransit's {typeof(T).Name} did not arrive in queue {Queue}.");
        await channel.QueueDeleteAsync(Queue, cancellationToken: ct);
        await channel.ExchangeDeleteAsync(Queue, cancellationToken: ct);
        return new RabbitSample(typeof(T).Name, got.Body.ToArray(), got.BasicProperties.ContentType, got.BasicProperties.Headers);
    }
}
