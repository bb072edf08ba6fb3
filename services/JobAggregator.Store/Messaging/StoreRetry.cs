using MassTransit;

namespace JobAggregator.Store.Messaging;

/// <summary>The retry policy every store consumer shares. An outage (<see cref="StoreOutages"/>) is waited out for as
/// long as it lasts, at growing intervals up to ten seconds, with the message kept in hand (unacknowledged on
/// RabbitMQ) rather than parked in an error queue nobody empties. Anything else is retried a few times within seconds
/// (a busy moment clears), and a malformed message never, so it goes straight to the error queue.</summary>
internal static class StoreRetry
{
    /// <summary>Also how long the store may stay idle after an outage ends: its messages resume at their next attempt.
    /// Short, because an attempt during an outage costs little (on SQLite the one writer tries once per busy timeout,
    /// for every message waiting).</summary>
    public static readonly TimeSpan LongestOutageWait = TimeSpan.FromSeconds(10);

    public static void Configure(IReceiveEndpointConfigurator endpoint)
    {
        endpoint.UseMessageRetry(outage =>
        {
            outage.Handle<Exception>(StoreOutages.IsOutage);
            outage.Exponential(int.MaxValue, TimeSpan.FromSeconds(1), LongestOutageWait, TimeSpan.FromSeconds(1));
        });
        endpoint.UseMessageRetry(retry =>
        {
            retry.Ignore<ArgumentException>();
            retry.Ignore<Exception>(StoreOutages.IsOutage);
            retry.Intervals(
                TimeSpan.FromMilliseconds(100),
                TimeSpan.FromMilliseconds(500),
                TimeSpan.FromSeconds(2),
                TimeSpan.FromSeconds(5));
        });
    }
}
