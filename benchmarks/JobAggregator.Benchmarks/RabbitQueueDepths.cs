using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace JobAggregator.Benchmarks;

/// <summary>The ready messages in the pipeline's queues (MassTransit's kebab-case names of the messages' consumers), as
/// the broker counts them now: the queue that grows is in front of the slowest role. The highest count seen per queue
/// is kept.</summary>
internal sealed class RabbitQueueDepths(RabbitNode node) : IAsyncDisposable
{
    private static readonly string[] Queues = ["scrape-requested", "posting-scraped", "posting-normalized"];
    private readonly Dictionary<string, uint> _peaks = [];
    private IConnection? _connection;

    public IReadOnlyDictionary<string, uint> Peaks => _peaks;

    /// <summary>"queue ready" pairs for a progress line; a queue not declared (yet) is left out.</summary>
    public async Task<string> DescribeAsync(CancellationToken ct)
    {
        _connection ??= await node.ConnectionFactory().CreateConnectionAsync("rabbitbench-queue-depths", ct);
        var parts = new List<string>();
        foreach (var queue in Queues)
        {
            await using var channel = await _connection.CreateChannelAsync(cancellationToken: ct);
            try
            {
                var declared = await channel.QueueDeclarePassiveAsync(queue, ct);
                _peaks[queue] = Math.Max(_peaks.GetValueOrDefault(queue), declared.MessageCount);
                parts.Add($"{queue} {declared.MessageCount:N0}");
            }
            catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
            {
                // Not declared by this version of the Host: the broker closed the channel, nothing to count.
            }
        }

        return string.Join(", ", parts);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
