using JobAggregator.Scraper.Scheduling;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace JobAggregator.Host.Messaging;

/// <summary>The scheduler's lease on the broker: an exclusive queue that only one connection can hold. The scheduler
/// whose connection declared it fires; another started against the same broker is refused (405 RESOURCE_LOCKED) and
/// tries again every <c>RabbitMq:SchedulerLeaseRetrySeconds</c>, taking over as soon as the holder's connection drops
/// (the broker deletes an exclusive queue with its connection). No clock or store is shared, so a holder cut off from
/// the broker cannot keep firing unseen: it has lost its connection, and with it the lease.</summary>
internal sealed partial class RabbitMqSchedulerLease(IOptions<RabbitMqOptions> options, ILogger<RabbitMqSchedulerLease> logger)
    : BackgroundService, ISchedulerLease
{
    public const string QueueName = "jobaggregator.scheduler-lease";

    private const ushort ResourceLocked = 405;

    private readonly TaskCompletionSource _firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _held;
    private int _refusals;

    public bool IsHeld => _held;

    /// <summary>Times the broker refused the lease because another scheduler holds it.</summary>
    internal int Refusals => Volatile.Read(ref _refusals);

    /// <summary>Returns once the first attempt has taken the lease or been refused, so the scrapes asked for at start-up
    /// are fired by the holder, not skipped while the lease is still being asked for.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        await _firstAttempt.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        // A recovered connection would not get the exclusive queue back; the loop below takes the lease anew.
        var factory = settings.CreateConnectionFactory("jobaggregator-scheduler-lease");
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await HoldAsync(factory, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == ResourceLocked)
            {
                if (Interlocked.Increment(ref _refusals) == 1)
                {
                    StandingBy(settings.Host);
                }
            }
            catch (Exception e) when (e is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or IOException)
            {
                BrokerUnavailable(settings.Host, e);
            }
            finally
            {
                _held = false;
                _firstAttempt.TrySetResult();
            }

            try
            {
                await Task.Delay(TimeSpan.FromSeconds(settings.SchedulerLeaseRetrySeconds), stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    private async Task HoldAsync(ConnectionFactory factory, CancellationToken stoppingToken)
    {
        await using var connection = await factory.CreateConnectionAsync(stoppingToken);
        var lost = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ConnectionShutdownAsync += (_, _) =>
        {
            lost.TrySetResult();
            return Task.CompletedTask;
        };
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stoppingToken);
        channel.ChannelShutdownAsync += (_, _) =>
        {
            lost.TrySetResult();
            return Task.CompletedTask;
        };
        await channel.QueueDeclareAsync(QueueName, durable: false, exclusive: true, autoDelete: true, cancellationToken: stoppingToken);
        _held = true;
        _firstAttempt.TrySetResult();
        Acquired(factory.HostName);
        await lost.Task.WaitAsync(stoppingToken);
        _held = false;
        Lost(factory.HostName);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "This scheduler holds the lease on {RabbitMqHost} and fires the sources' schedules")]
    private partial void Acquired(string rabbitMqHost);

    [LoggerMessage(Level = LogLevel.Warning, Message = "This scheduler lost its lease on {RabbitMqHost}; it stands by until it can take it again")]
    private partial void Lost(string rabbitMqHost);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Another scheduler holds the lease on {RabbitMqHost}: this one stands by and takes over if that one stops")]
    private partial void StandingBy(string rabbitMqHost);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The scheduler lease could not be taken on {RabbitMqHost}; trying again")]
    private partial void BrokerUnavailable(string rabbitMqHost, Exception exception);
}
