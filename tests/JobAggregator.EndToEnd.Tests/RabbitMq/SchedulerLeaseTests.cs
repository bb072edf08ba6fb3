using JobAggregator.Host.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace JobAggregator.EndToEnd.Tests.RabbitMq;

/// <summary>Two schedulers started against one throwaway RabbitMQ node: only one holds the lease and fires; the other
/// stands by and takes over when the first's connection drops.</summary>
[Collection("RabbitMQ")]
public sealed class SchedulerLeaseTests(RabbitMqFixture fixture)
{
    // Generous: reached only when something is broken, never by a slow run on a loaded machine.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private readonly RabbitMqNode _node = fixture.Node;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Only_one_of_two_schedulers_holds_the_lease_and_the_other_takes_over_when_it_stops()
    {
        using var first = Lease();
        using var second = Lease();

        await first.StartAsync(Ct);
        await WaitUntilAsync(() => first.IsHeld, "the first scheduler to take the lease");
        await second.StartAsync(Ct);
        await WaitUntilAsync(() => second.Refusals >= 2, "the second scheduler to be refused twice");

        Assert.True(first.IsHeld);
        Assert.False(second.IsHeld);

        await first.StopAsync(Ct);
        await WaitUntilAsync(() => second.IsHeld, "the second scheduler to take over");

        Assert.False(first.IsHeld);
        await second.StopAsync(Ct);
        Assert.False(second.IsHeld);
    }

    private RabbitMqSchedulerLease Lease() => new(
        Options.Create(new RabbitMqOptions
        {
            Host = _node.Host,
            Port = _node.AmqpPort,
            SchedulerLeaseRetrySeconds = 1,
        }),
        NullLogger<RabbitMqSchedulerLease>.Instance);

    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        while (!condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {Patience} for {what}.");
            }

            await Task.Delay(50, Ct);
        }
    }
}
