namespace JobAggregator.Host.Messaging;

internal enum TransportKind
{
    /// <summary>MassTransit's in-memory transport: every role in one process.</summary>
    InMemory,

    /// <summary>RabbitMQ: each role in its own process, scaled out as competing consumers.</summary>
    RabbitMq,
}
