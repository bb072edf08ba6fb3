using System.Diagnostics;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Messaging;
using MassTransit;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace JobAggregator.Host.Messaging;

/// <summary>Holds the scraper's publishing back while the postings' two queues on the broker, <c>posting-scraped</c> and
/// <c>posting-normalized</c>, hold more than <c>RabbitMq:MaxReadyPostings</c> messages waiting for a consumer between
/// them. The broker would keep any number, but a message that waits in a backlog costs it about twice the CPU of one
/// delivered as it comes (benchmarks/README.md, "The broker by queue shape"), and a scraper reads a board far faster
/// than the normalizer and the store take it, so without a bound every posting of an import waited twice.
/// The depths are read with a passive queue declare on a connection of its own. Publishing is never stopped for good:
/// when the depth can not be read (no broker, no queue yet) or has not fallen for <see cref="LongestStall"/> (no consumer
/// is taking the postings: it is down, or not started yet), the scraper publishes, and the broker keeps the postings.
/// </summary>
internal sealed partial class RabbitMqPostingBackPressure : IPostingBackPressure, IAsyncDisposable
{
    private static readonly string[] Queues =
    [
        KebabCaseEndpointNameFormatter.Instance.SanitizeName(nameof(PostingScraped)),
        KebabCaseEndpointNameFormatter.Instance.SanitizeName(nameof(PostingNormalized)),
    ];

    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>After a failed read, the depths are not asked for again for this long, so a broker that is away costs
    /// each publishing step no connection attempt.</summary>
    private static readonly TimeSpan RetryAfterFailure = TimeSpan.FromSeconds(10);

    private readonly RabbitMqOptions _options;
    private readonly ILogger<RabbitMqPostingBackPressure> _logger;
    private readonly SemaphoreSlim _channelInUse = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;
    private long _failedAt;
    private long _lastReady;
    private long _readAt;

    public RabbitMqPostingBackPressure(IOptions<RabbitMqOptions> options, ILogger<RabbitMqPostingBackPressure> logger)
        : this(options, logger, TimeSpan.FromSeconds(10))
    {
    }

    internal RabbitMqPostingBackPressure(IOptions<RabbitMqOptions> options, ILogger<RabbitMqPostingBackPressure> logger, TimeSpan longestStall)
    {
        _options = options.Value;
        _logger = logger;
        LongestStall = longestStall;
    }

    /// <summary>How long the depth may stay without falling before the scraper publishes anyway.</summary>
    internal TimeSpan LongestStall { get; }

    public async ValueTask WaitForRoomAsync(int postings, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(postings);
        if (_options.MaxReadyPostings == 0)
        {
            return;
        }

        var lowest = long.MaxValue;
        var lastFall = Stopwatch.GetTimestamp();
        while (await ReadyPostingsAsync(ct) is { } ready && ready > _options.MaxReadyPostings)
        {
            if (ready < lowest)
            {
                lowest = ready;
                lastFall = Stopwatch.GetTimestamp();
            }
            else if (Stopwatch.GetElapsedTime(lastFall) >= LongestStall)
            {
                NotDraining(_logger, ready, LongestStall.TotalSeconds);
                return;
            }

            await Task.Delay(PollInterval, ct);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseAsync();
        _channelInUse.Dispose();
    }

    /// <summary>The messages ready in the postings' queues together, or null when the broker can not say.</summary>
    private async Task<long?> ReadyPostingsAsync(CancellationToken ct)
    {
        var failedAt = Interlocked.Read(ref _failedAt);
        if (failedAt != 0 && Stopwatch.GetElapsedTime(failedAt) < RetryAfterFailure)
        {
            return null;
        }

        await _channelInUse.WaitAsync(ct);
        try
        {
            // Runs publishing at once share a reading as young as the interval they poll at.
            if (_readAt != 0 && Stopwatch.GetElapsedTime(_readAt) < PollInterval)
            {
                return _lastReady;
            }

            var channel = _channel is { IsOpen: true } open ? open : await OpenAsync(ct);
            long ready = 0;
            foreach (var queue in Queues)
            {
                ready += await channel.MessageCountAsync(queue, ct);
            }

            (_lastReady, _readAt) = (ready, Stopwatch.GetTimestamp());
            Interlocked.Exchange(ref _failedAt, 0);
            return ready;
        }
        catch (Exception e) when (e is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or IOException)
        {
            DepthUnknown(_logger, e);
            Interlocked.Exchange(ref _failedAt, Stopwatch.GetTimestamp());
            await CloseAsync();
            return null;
        }
        finally
        {
            _channelInUse.Release();
        }
    }

    private async Task<IChannel> OpenAsync(CancellationToken ct)
    {
        await CloseAsync();
        // A failed read is answered by publishing; the next read after RetryAfterFailure connects anew.
        var factory = _options.CreateConnectionFactory("jobaggregator-posting-back-pressure");
        _connection = await factory.CreateConnectionAsync(ct);
        _channel = await _connection.CreateChannelAsync(cancellationToken: ct);
        return _channel;
    }

    private async Task CloseAsync()
    {
        var channel = Interlocked.Exchange(ref _channel, null);
        var connection = Interlocked.Exchange(ref _connection, null);
        try
        {
            if (channel is not null)
            {
                await channel.DisposeAsync();
            }

            if (connection is not null)
            {
                await connection.DisposeAsync();
            }
        }
        catch (Exception e) when (e is AlreadyClosedException or OperationInterruptedException or IOException)
        {
            // Closing what the broker has already closed.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The postings' queues on the broker could not be read; the scraper publishes without waiting for them to drain")]
    private static partial void DepthUnknown(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{ReadyPostings} postings have waited in the broker's queues for {StallSeconds} s without falling; the scraper publishes anyway")]
    private static partial void NotDraining(ILogger logger, long readyPostings, double stallSeconds);
}
