using JobAggregator.EndToEnd.Tests.RabbitMq;

namespace JobAggregator.EndToEnd.Tests.Faults;

/// <summary>The fault tests' own RabbitMQ node, which they stop and start: no other test runs on it. RabbitMQ closes a
/// channel that holds a message unacknowledged longer than <c>consumer_timeout</c> (30 minutes by default); here it is
/// <see cref="ConsumerTimeout"/>, so an outage of a few minutes outlasts it as an outage of hours would in production.
/// The broker checks it once a minute, so a channel is closed between one and two of these after its delivery.</summary>
public sealed class FaultNodeFixture : IAsyncLifetime
{
    public static readonly TimeSpan ConsumerTimeout = TimeSpan.FromSeconds(30);

    internal RabbitMqNode Node { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Node = await RabbitMqNode.StartAsync(
        $"consumer_timeout = {ConsumerTimeout.TotalMilliseconds:0}", TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Node is not null)
        {
            await Node.DisposeAsync();
        }
    }
}

[CollectionDefinition("RabbitMQ faults")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "xunit names collection definitions so")]
public sealed class FaultNodeCollection : ICollectionFixture<FaultNodeFixture>;
