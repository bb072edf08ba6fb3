namespace JobAggregator.EndToEnd.Tests.RabbitMq;

/// <summary>One throwaway RabbitMQ node for a test collection. Tests declare and name their own queues, and reset
/// what they need before they run.</summary>
public sealed class RabbitMqFixture : IAsyncLifetime
{
    internal RabbitMqNode Node { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Node = await RabbitMqNode.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Node is not null)
        {
            await Node.DisposeAsync();
        }
    }
}

[CollectionDefinition("RabbitMQ")]
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "xunit names collection definitions so")]
public sealed class RabbitMqCollection : ICollectionFixture<RabbitMqFixture>;
