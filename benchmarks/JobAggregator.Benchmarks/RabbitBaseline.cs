using System.Diagnostics;
using JobAggregator.Store;
using JobAggregator.Store.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace JobAggregator.Benchmarks;

/// <summary>What the broker alone carries: one RabbitMQ.Client publisher and one consumer, each on its own connection,
/// a single hop through one durable queue. The publisher sends persistent copies of a real pipeline message in batches
/// whose publisher confirms it awaits together; the consumer takes them with the store's prefetch and acknowledges
/// each. The clock runs from the first publish to the last acknowledgement.</summary>
internal static class RabbitBaseline
{
    /// <summary>As the store's posting consumer prefetches by default: enough for its concurrent full batches.</summary>
    public static readonly ushort Prefetch =
        (ushort)(new StoreBatchOptions().MessageLimit * PostingNormalizedConsumerDefinition.ConcurrentBatches);

    /// <summary>Publishes awaited together; RabbitMQ.Client also holds at most 128 unconfirmed by default.</summary>
    public const int PublishBatch = 100;

    /// <param name="ClientCpuSeconds">This process's CPU time meanwhile (the publisher and the consumer).</param>
    /// <param name="BrokerCpuSeconds">The broker's CPU time meanwhile.</param>
    public sealed record Figures(int Messages, int BodyBytes, double Seconds, double ClientCpuSeconds, double BrokerCpuSeconds)
    {
        public double PerSecond => Messages / Seconds;
    }

    public static async Task<Figures> MeasureAsync(RabbitNode node, RabbitSample sample, int messages, TimeSpan patience, CancellationToken ct)
    {
        var factory = node.ConnectionFactory();
        var queue = $"rabbitbench-baseline-{Guid.NewGuid():N}";
        await using var consuming = await factory.CreateConnectionAsync("rabbitbench-baseline-consumer", ct);
        await using var publishing = await factory.CreateConnectionAsync("rabbitbench-baseline-publisher", ct);
        await using var consumer = await consuming.CreateChannelAsync(cancellationToken: ct);
        await consumer.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, cancellationToken: ct);
        try
        {
            await consumer.BasicQosAsync(0, Prefetch, global: false, ct);
            var received = 0;
            var allReceived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var receiver = new AsyncEventingBasicConsumer(consumer);
            receiver.ReceivedAsync += async (_, delivery) =>
            {
                await consumer.BasicAckAsync(delivery.DeliveryTag, multiple: false, delivery.CancellationToken);
                if (Interlocked.Increment(ref received) == messages)
                {
                    allReceived.TrySetResult();
                }
            };
            await consumer.BasicConsumeAsync(queue, autoAck: false, receiver, ct);

            await using var publisher = await publishing.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
            var broker = ProcessUsage.Tree(node.ProcessId);
            var (clientCpu, brokerCpu) = (ProcessUsage.CpuSeconds(Environment.ProcessId), broker.Sum(ProcessUsage.CpuSeconds));
            var clock = Stopwatch.StartNew();
            var confirms = new List<Task>(PublishBatch);
            for (var i = 0; i < messages; i++)
            {
                var properties = new BasicProperties
                {
                    Persistent = true,
                    ContentType = sample.ContentType,
                    MessageId = Guid.NewGuid().ToString(),
                    Headers = sample.Headers is null ? null : new Dictionary<string, object?>(sample.Headers),
                };
                confirms.Add(publisher.BasicPublishAsync("", queue, mandatory: true, properties, sample.Body, ct).AsTask());
                if (confirms.Count == PublishBatch || i == messages - 1)
                {
                    await Task.WhenAll(confirms);
                    confirms.Clear();
                }
            }

            await allReceived.Task.WaitAsync(patience, ct);
            clock.Stop();
            return new Figures(
                messages,
                sample.Body.Length,
                clock.Elapsed.TotalSeconds,
                ProcessUsage.CpuSeconds(Environment.ProcessId) - clientCpu,
                broker.Sum(ProcessUsage.CpuSeconds) - brokerCpu);
        }
        finally
        {
            await using var cleanup = await consuming.CreateChannelAsync(cancellationToken: CancellationToken.None);
            await cleanup.QueueDeleteAsync(queue, cancellationToken: CancellationToken.None);
        }
    }
}
