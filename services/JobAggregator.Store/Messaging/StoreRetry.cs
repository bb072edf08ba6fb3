using MassTransit;

namespace JobAggregator.Store.Messaging;

/// <summary>The retry policy every store consumer shares. An outage (<see cref="StoreOutages"/>) is waited out for as
/// long as it lasts, at growing intervals up to half a minute, with the message kept in hand (unacknowledged on
/// RabbitMQ) rather than parked in an error queue nobody empties. Anything else is retried a few times within seconds
/// (a busy moment clears), and a malformed message never, so it goes straight to the error queue.</summary>
internal static class StoreRetry
{
    public static readonly TimeSpan LongestOutageWait = TimeSpan.FromSeconds(30);

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
