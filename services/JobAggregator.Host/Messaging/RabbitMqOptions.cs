using System.ComponentModel.DataAnnotations;
using RabbitMQ.Client;

namespace JobAggregator.Host.Messaging;

/// <summary>The broker used with <c>--transport rabbitmq</c>; set by configuration or environment
/// (<c>RabbitMq__Host</c>, ...), never in code.</summary>
internal sealed class RabbitMqOptions
{
    public const string SectionName = "RabbitMq";

    [Required]
    public string Host { get; set; } = "localhost";

    [Range(1, 65535)]
    public int Port { get; set; } = 5672;

    [Required]
    public string VirtualHost { get; set; } = "/";

    [Required]
    public string Username { get; set; } = "guest";

    [Required]
    public string Password { get; set; } = "guest";

    /// <summary>How often a scheduler standing by tries to take the lease (<see cref="RabbitMqSchedulerLease"/>).</summary>
    [Range(1, 3600)]
    public int SchedulerLeaseRetrySeconds { get; set; } = 5;

    /// <summary>The scraper publishes while the postings' queues hold at most this many messages waiting for a consumer
    /// between them (<see cref="RabbitMqPostingBackPressure"/>); 0 publishes without looking.</summary>
    [Range(0, 10_000_000)]
    public int MaxReadyPostings { get; set; } = 1000;

    /// <summary>The management plugin's HTTP API, which the operator console reads the queues from; by default
    /// <c>http://{Host}:15672/</c>, with the same user.</summary>
    public Uri? ManagementUrl { get; set; }

    /// <summary>A connection of the Host's own beside MassTransit's, named for what it is for. The client does not
    /// recover it: each user connects anew after a failure, in its own way.</summary>
    public ConnectionFactory CreateConnectionFactory(string clientProvidedName) => new()
    {
        HostName = Host,
        Port = Port,
        VirtualHost = VirtualHost,
        UserName = Username,
        Password = Password,
        ClientProvidedName = clientProvidedName,
        AutomaticRecoveryEnabled = false,
    };
}
