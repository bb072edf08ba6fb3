using System.Collections.Concurrent;
using JobAggregator.Api.Admin;
using MassTransit;

namespace JobAggregator.Host.Messaging;

/// <summary>The in-memory bus's own counters, by message type (named as its queue would be): published, consumed,
/// faulted, and in hand now. The in-memory transport has no management API, so these are the console's queue figures
/// in one process.</summary>
internal sealed class BusCounters : IConsumeObserver, IPublishObserver, IQueueMonitor
{
    private readonly ConcurrentDictionary<string, Counts> _counts = new(StringComparer.Ordinal);

    public string Source => "the in-memory bus's own counters since start-up";

    public Task<IReadOnlyList<QueueInfo>> GetQueuesAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<QueueInfo>>(_counts
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => new QueueInfo(
                c.Key, Interlocked.Read(ref c.Value.InHand), null, null, null, null, null,
                Interlocked.Read(ref c.Value.Published), Interlocked.Read(ref c.Value.Consumed), Interlocked.Read(ref c.Value.Faulted)))
            .ToList());

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref Of<T>().InHand);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        var counts = Of<T>();
        Interlocked.Decrement(ref counts.InHand);
        Interlocked.Increment(ref counts.Consumed);
        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class
    {
        var counts = Of<T>();
        Interlocked.Decrement(ref counts.InHand);
        Interlocked.Increment(ref counts.Faulted);
        return Task.CompletedTask;
    }

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        Interlocked.Increment(ref Of<T>().Published);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    private Counts Of<T>() => _counts.GetOrAdd(QueueName<T>.Value, _ => new Counts());

    // The formatter runs a regular expression, and the observers ask for the name a few times per message.
    private static class QueueName<T>
    {
        public static readonly string Value = KebabCaseEndpointNameFormatter.Instance.SanitizeName(typeof(T).Name);
    }

    private sealed class Counts
    {
        public long Published;
        public long Consumed;
        public long Faulted;
        public long InHand;
    }
}
