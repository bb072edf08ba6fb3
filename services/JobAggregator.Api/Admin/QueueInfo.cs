namespace JobAggregator.Api.Admin;

/// <summary>One queue as the console shows it. Over RabbitMQ every figure comes from the management API, the totals
/// excepted; in one process the bus's own counters give the totals and the messages in hand, and the rest is null.</summary>
/// <param name="Messages">Messages in the queue: ready and unacknowledged; in one process, being handled now.</param>
/// <param name="PublishRate">Messages a second published into the queue, as RabbitMQ last sampled it.</param>
/// <param name="DeliverRate">Messages a second delivered to consumers, as RabbitMQ last sampled it.</param>
/// <param name="Published">In one process: messages of the queue's type published since start-up.</param>
/// <param name="Consumed">In one process: messages of the type consumed since start-up.</param>
/// <param name="Faulted">In one process: messages of the type whose consumer failed after its retries.</param>
public sealed record QueueInfo(
    string Name,
    long? Messages,
    long? Ready,
    long? Unacknowledged,
    int? Consumers,
    double? PublishRate,
    double? DeliverRate,
    long? Published = null,
    long? Consumed = null,
    long? Faulted = null);
