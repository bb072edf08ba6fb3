using System.Text;
using JobAggregator.EndToEnd.Tests.RabbitMq;
using JobAggregator.Host.Messaging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace JobAggregator.EndToEnd.Tests.Console;

/// <summary>The console's queue figures from a real RabbitMQ node's management API.</summary>
[Collection("RabbitMQ")]
public sealed class RabbitMqQueueMonitorTests(RabbitMqFixture fixture)
{
    private readonly RabbitMqNode _node = fixture.Node;

    [Fact]
    public async Task The_queues_show_the_depth_ready_unacked_and_consumers_the_node_reports()
    {
        var ct = TestContext.Current.CancellationToken;
        var queue = $"console-queue-{Guid.NewGuid():N}";
        await using var connection = await new ConnectionFactory { Uri = _node.AmqpUri }.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        for (var i = 0; i < 3; i++)
        {
            await channel.BasicPublishAsync("", queue, mandatory: true, new BasicProperties { Persistent = true }, Encoding.UTF8.GetBytes($"m{i}"), ct);
        }

        var held = await channel.BasicGetAsync(queue, autoAck: false, ct);
        Assert.NotNull(held);
        using var http = new HttpClient();
        var monitor = new RabbitMqQueueMonitor(http, Options.Create(new RabbitMqOptions
        {
            Host = _node.Host,
            Port = _node.AmqpPort,
            ManagementUrl = _node.ManagementUri,
        }));

        // The management plugin samples the queues every few seconds: poll until it has seen all three messages and
        // reported the queue's consumers (a queue's first report can carry its depths before its consumer count).
        var deadline = DateTimeOffset.UtcNow.AddMinutes(1);
        Api.Admin.QueueInfo? seen;
        do
        {
            await Task.Delay(250, ct);
            seen = (await monitor.GetQueuesAsync(ct)).SingleOrDefault(q => q.Name == queue);
        }
        while (seen is not { Messages: 3, Unacknowledged: 1, Consumers: not null } && DateTimeOffset.UtcNow < deadline);

        Assert.Equal(new Api.Admin.QueueInfo(queue, 3, 2, 1, 0, seen?.PublishRate, seen?.DeliverRate), seen);
        Assert.Contains(_node.ManagementUri.AbsoluteUri, monitor.Source, StringComparison.Ordinal);
        await channel.QueueDeleteAsync(queue, cancellationToken: ct);
    }
}
