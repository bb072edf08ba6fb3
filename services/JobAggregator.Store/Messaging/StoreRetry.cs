using MassTransit;

namespace JobAggregator.Store.Messaging;

/// <summary>The retry policy every store consumer shares: a busy or locked database usually clears within seconds; a
/// malformed message never does, so it goes straight to the error queue.</summary>
internal static class StoreRetry
{
    public static void Configure(IRetryConfigurator retry)
    {
        retry.Ignore<ArgumentException>();
        retry.Intervals(
            TimeSpan.FromMilliseconds(100),
            TimeSpan.FromMilliseconds(500),
            TimeSpan.FromSeconds(2),
            TimeSpan.FromSeconds(5));
    }
}
