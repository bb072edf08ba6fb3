using System.Diagnostics;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace JobAggregator.EndToEnd.Tests.RabbitMq;

[Collection("RabbitMQ")]
public sealed class RabbitMqNodeTests(RabbitMqFixture fixture)
{
    private readonly RabbitMqNode _node = fixture.Node;

    [Fact]
    public async Task Should_keep_a_confirmed_persistent_message_until_it_is_consumed()
    {
        var ct = TestContext.Current.CancellationToken;
        var queue = $"node-test-{Guid.NewGuid():N}";
        var factory = new ConnectionFactory { Uri = _node.AmqpUri };
        await using var connection = await factory.CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);

        var properties = new BasicProperties
        {
            Persistent = true,
            Headers = new Dictionary<string, object?> { ["MT-Fault-Message"] = "boom" },
        };
        await channel.BasicPublishAsync("", queue, mandatory: true, properties, Encoding.UTF8.GetBytes("hello"), ct);

        Assert.Equal(1, await WaitForDepthAsync(queue, 1));
        var peeked = JsonDocument.Parse(await _node.GetMessageAsync(queue) ?? "null").RootElement;
        Assert.Equal("hello", peeked.GetProperty("payload").GetString());
        Assert.Equal("boom", peeked.GetProperty("properties").GetProperty("headers").GetProperty("MT-Fault-Message").GetString());
        Assert.Contains(await _node.QueuesAsync(), q => q.GetProperty("name").GetString() == queue);

        var delivered = await channel.BasicGetAsync(queue, autoAck: false, ct);
        Assert.NotNull(delivered);
        Assert.Equal("hello", Encoding.UTF8.GetString(delivered.Body.Span));
        await channel.BasicAckAsync(delivered.DeliveryTag, multiple: false, ct);
        Assert.Equal(0, await WaitForDepthAsync(queue, 0));
        Assert.Null(await _node.GetMessageAsync(queue));

        await channel.QueueDeleteAsync(queue, cancellationToken: ct);
    }

    [Fact]
    public async Task Should_run_beside_another_node()
    {
        var ct = TestContext.Current.CancellationToken;
        var started = Stopwatch.StartNew();
        await using var other = await RabbitMqNode.StartAsync(ct);
        TestContext.Current.SendDiagnosticMessage($"Second node {other.NodeName} started in {started.Elapsed.TotalSeconds:F1} s");

        Assert.NotEqual(_node.NodeName, other.NodeName);
        Assert.NotEqual(_node.AmqpPort, other.AmqpPort);
        foreach (var node in new[] { _node, other })
        {
            await using var connection = await new ConnectionFactory { Uri = node.AmqpUri }.CreateConnectionAsync(ct);
            Assert.True(connection.IsOpen);
            Assert.NotNull(await node.QueuesAsync());
        }
    }

    /// <summary>The management API samples queues every half second on the test node: poll until it shows the depth
    /// or a minute has passed (far more than a loaded machine needs), and return the last depth seen.</summary>
    private async Task<int> WaitForDepthAsync(string queue, int expected)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var depth = await _node.QueueDepthAsync(queue);
            if (depth == expected || deadline.Elapsed > TimeSpan.FromMinutes(1))
            {
                return depth;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
