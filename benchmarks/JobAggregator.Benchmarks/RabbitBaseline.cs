using System.Diagnostics;
using JobAggregator.Store;
using JobAggregator.Store.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace JobAggregator.Benchmarks;

/// <summary>What the broker alone carries: one RabbitMQ.Client publisher and one consumer, each on its own connection,
/// a single hop through one durable queue. The publisher sends persistent copies of a real pipeline message in batches
/// whose publisher confirms it awaits together; the consumer takes them with the store's prefetch and acknowledges
/// each. The clock runs from the first publish to the last acknowledgement. By default the consumer takes messages as
/// they come (the queue stays short) from a queue of the node's default classic queue version; <see cref="Shape"/>
/// asks for a backlog or a version instead (<see cref="RabbitQueueCosts"/>).</summary>
internal static class RabbitBaseline
{
    /// <summary>As the store's posting consumer prefetches by default: enough for its concurrent full batches.</summary>
    public static readonly ushort Prefetch =
        (ushort)(new StoreBatchOptions().MessageLimit * PostingNormalizedConsumerDefinition.ConcurrentBatches);

    /// <summary>Publishes awaited together; RabbitMQ.Client also holds at most 128 unconfirmed by default.</summary>
    public const int PublishBatch = 100;

    /// <param name="Backlog">Every message published before the consumer starts, as when a pipeline's consumer falls
    /// behind its publisher: the broker keeps them all on disk and reads them back.</param>
    /// <param name="QueueVersion">The classic queue version declared (<c>x-queue-version</c>), or null for the node's
    /// default.</param>
    public sealed record Shape(bool Backlog = false, int? QueueVersion = null);

    /// <param name="ClientCpuSeconds">This process's CPU time meanwhile (the publisher and the consumer).</param>
    /// <param name="BrokerCpuSeconds">The broker's CPU time meanwhile.</param>
    public sealed record Figures(int Messages, int BodyBytes, double Seconds, double ClientCpuSeconds, double BrokerCpuSeconds)
    {
        public double PerSecond => Messages / Seconds;
    }

    public static async Task<Figures> MeasureAsync(
        RabbitNode node, RabbitSample sample, int messages, TimeSpan patience, CancellationToken ct, Shape? shape = null)
    {
        shape ??= new Shape();
        var factory = node.ConnectionFactory();
        var queue = $"rabbitbench-baseline-{Guid.NewGuid():N}";
        await using var consuming = await factory.CreateConnectionAsync("rabbitbench-baseline-consumer", ct);
        await using var publishing = await factory.CreateConnectionAsync("rabbitbench-baseline-publisher", ct);
        await using var consumer = await consuming.CreateChannelAsync(cancellationToken: ct);
        var arguments = shape.QueueVersion is { } version ? new Dictionary<string, object?> { ["x-queue-version"] = version } : null;
        await consumer.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments, cancellationToken: ct);
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
            if (!shape.Backlog)
            {
                await consumer.BasicConsumeAsync(queue, autoAck: false, receiver, ct);
            }

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

            if (shape.Backlog)
            {
                await consumer.BasicConsumeAsync(queue, autoAck: false, receiver, ct);
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
