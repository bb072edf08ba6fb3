using JobAggregator.Host.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace JobAggregator.EndToEnd.Tests.RabbitMq;

/// <summary>The scraper's back-pressure over a throwaway RabbitMQ node: it waits while the postings' two queues hold more
/// ready messages than the bound, and never for good.</summary>
[Collection("RabbitMQ")]
public sealed class PostingBackPressureTests(RabbitMqFixture fixture)
{
    private const int Bound = 10;

    // Generous: reached only when something is broken, never by a slow run on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly RabbitMqNode _node = fixture.Node;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Holds_the_scraper_back_until_consumers_take_the_queues_below_the_bound()
    {
        var virtualHost = await QueuesWithBacklogAsync(scraped: 30, normalized: 5);
        await using var backPressure = BackPressure(virtualHost, _node.AmqpPort, longestStall: Patience);

        var waiting = backPressure.WaitForRoomAsync(256, Ct).AsTask();
        await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        Assert.False(waiting.IsCompleted, "published with 35 postings ready in the queues, over a bound of 10");

        await TakeAsync(virtualHost, "posting-scraped", 25);
        await waiting.WaitAsync(Patience, Ct);
        Assert.Equal(Bound, await _node.MessageCountAsync(virtualHost, "posting-scraped") + await _node.MessageCountAsync(virtualHost, "posting-normalized"));
    }

    [Fact]
    public async Task Publishes_anyway_when_nothing_takes_the_backlog()
    {
        var virtualHost = await QueuesWithBacklogAsync(scraped: 0, normalized: 30);
        await using var backPressure = BackPressure(virtualHost, _node.AmqpPort, longestStall: TimeSpan.FromSeconds(1));

        await backPressure.WaitForRoomAsync(256, Ct).AsTask().WaitAsync(Patience, Ct);

        Assert.Equal(30, await _node.MessageCountAsync(virtualHost, "posting-normalized"));
    }

    [Fact]
    public async Task Publishes_at_once_when_the_queues_can_not_be_read()
    {
        var virtualHost = $"back-pressure-{Guid.NewGuid():N}";
        await _node.CreateVirtualHostAsync(virtualHost);
        await using var backPressure = BackPressure(virtualHost, _node.AmqpPort, longestStall: Patience);

        // The queues were never declared: the broker closes the channel on the passive declare.
        await backPressure.WaitForRoomAsync(256, Ct).AsTask().WaitAsync(Patience, Ct);
    }

    private RabbitMqPostingBackPressure BackPressure(string virtualHost, int port, TimeSpan longestStall) => new(
        Options.Create(new RabbitMqOptions
        {
            Host = _node.Host,
            Port = port,
            VirtualHost = virtualHost,
            MaxReadyPostings = Bound,
        }),
        NullLogger<RabbitMqPostingBackPressure>.Instance,
        longestStall);

    /// <summary>A virtual host of the test's own with the postings' two queues holding ready messages.</summary>
    private async Task<string> QueuesWithBacklogAsync(int scraped, int normalized)
    {
        var virtualHost = $"back-pressure-{Guid.NewGuid():N}";
        await _node.CreateVirtualHostAsync(virtualHost);
        await using var connection = await Factory(virtualHost).CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Ct);
        foreach (var (queue, count) in new[] { ("posting-scraped", scraped), ("posting-normalized", normalized) })
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: Ct);
            for (var i = 0; i < count; i++)
            {
                await channel.BasicPublishAsync("", queue, "{}"u8.ToArray(), Ct);
            }
        }

        // Publishes on one channel reach the queue in order: once the last is counted, all are.
        await WaitUntilAsync(
            async () => await _node.MessageCountAsync(virtualHost, "posting-scraped") == scraped
                && await _node.MessageCountAsync(virtualHost, "posting-normalized") == normalized,
            "the messages published to be counted");
        return virtualHost;
    }

    private async Task TakeAsync(string virtualHost, string queue, int count)
    {
        await using var connection = await Factory(virtualHost).CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Ct);
        for (var i = 0; i < count; i++)
        {
            Assert.NotNull(await channel.BasicGetAsync(queue, autoAck: true, Ct));
        }
    }

    private ConnectionFactory Factory(string virtualHost) => new()
    {
        HostName = _node.Host,
        Port = _node.AmqpPort,
        VirtualHost = virtualHost,
    };

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Patience} for {what}.");
            }

            await Task.Delay(50, Ct);
        }
    }
}
