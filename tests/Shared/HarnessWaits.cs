using System.Diagnostics;
using MassTransit.Testing;

namespace JobAggregator.Testing;

/// <summary>Waits on MassTransit's test harness for the message a test needs, up to an explicit deadline, and says what
/// it waited for when it gives up. The harness's own waits (<c>Any</c>, <c>Select</c>) also end when the bus has been
/// idle for its inactivity window, which a busy machine or a consumer's first message can outlast; these never do, and
/// what is already there is read at once, without waiting.</summary>
internal static class HarnessWaits
{
    /// <summary>Long enough for any message on a loaded 2-core machine; reached only when something is broken.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>The first published <typeparamref name="T"/> that matches, once it has been published
    /// (<typeparamref name="T"/> may be a base type or <see cref="object"/>, to wait for the first of several).</summary>
    public static async Task<T> PublishedAsync<T>(this ITestHarness harness, string what, Func<T, bool>? where = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(harness);
        var found = await WaitAsync(harness.Published, m => m.MessageObject is T message && (where?.Invoke(message) ?? true), what);
        return (T)found.MessageObject;
    }

    /// <summary>Every <typeparamref name="T"/> published so far, without waiting for more.</summary>
    public static IReadOnlyList<T> PublishedSoFar<T>(this ITestHarness harness)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(harness);
        return harness.Published.Select<T>(AlreadyCancelled()).Select(m => m.Context.Message).ToList();
    }

    /// <summary>The first consumed <typeparamref name="T"/> that matches, once its consumer has finished with it
    /// (successfully or not: see <see cref="IReceivedMessage.Exception"/>).</summary>
    public static async Task<IReceivedMessage<T>> ConsumedAsync<T>(this IReceivedMessageList consumed, string what, Func<T, bool>? where = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(consumed);
        var found = await WaitAsync(consumed, m => m is IReceivedMessage<T> r && (where?.Invoke(r.Context.Message) ?? true), what);
        return (IReceivedMessage<T>)found;
    }

    /// <summary>Every <typeparamref name="T"/> consumed so far, without waiting for more.</summary>
    public static IReadOnlyList<IReceivedMessage<T>> ConsumedSoFar<T>(this IReceivedMessageList consumed)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(consumed);
        return consumed.Select<T>(AlreadyCancelled()).ToList();
    }

    private static async Task<TElement> WaitAsync<TElement>(IAsyncElementList<TElement> list, FilterDelegate<TElement> filter, string what)
        where TElement : class, IAsyncListElement
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            if (list.Select(filter, AlreadyCancelled()).FirstOrDefault() is { } found)
            {
                return found;
            }

            if (Stopwatch.GetElapsedTime(started) > Patience)
            {
                throw new TimeoutException($"Waited {Patience.TotalSeconds:0} s for {what}, and it did not come.");
            }

            await Task.Delay(PollInterval, TestContext.Current.CancellationToken);
        }
    }

    private static CancellationToken AlreadyCancelled() => new(canceled: true);
}
