using JobAggregator.Contracts;
using JobAggregator.Host.Messaging;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.EndToEnd.Tests.Messaging;

/// <summary>The bound on the postings between the scraper and the store, wired to a real in-memory bus as the Host wires
/// it, with consumers that fail and are retried as the normaliser's and the store's are: each posting gives its room
/// back once, when it is done with (stored, or given up on), however many attempts that took.</summary>
public sealed class PostingBackPressureOnBusTests : IAsyncDisposable
{
    private readonly ReceivesDone _received = new();
    private ServiceProvider? _services;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_posting_the_store_stores_at_its_second_attempt_gives_its_room_back_once()
    {
        var attempts = 0;
        var backPressure = await StartAsync(bus => bus.AddHandler((ConsumeContext<PostingNormalized> _) =>
            Interlocked.Increment(ref attempts) == 1 ? throw new InvalidOperationException("database is locked") : Task.CompletedTask));
        await backPressure.WaitForRoomAsync(2, Ct);

        await PublishAndWaitAsync(Normalized("key-1"));

        Assert.Equal(2, attempts);
        Assert.Equal(1, backPressure.InFlight);
    }

    [Fact]
    public async Task A_posting_the_normaliser_gives_up_on_after_its_retries_gives_its_room_back_once()
    {
        var backPressure = await StartAsync(bus => bus.AddHandler((ConsumeContext<PostingScraped> _) => throw new InvalidOperationException("no parser")));
        await backPressure.WaitForRoomAsync(3, Ct);

        await PublishAndWaitAsync(Scraped("key-1"));

        Assert.Equal(2, backPressure.InFlight);
    }

    [Fact]
    public async Task A_batch_partly_stored_then_stored_whole_gives_back_the_room_of_each_posting_once()
    {
        var backPressure = await StartAsync(bus => bus.AddConsumer<PartlyStoredBatchConsumer>(consumer =>
            consumer.Options<BatchOptions>(batch => batch.SetMessageLimit(2).SetTimeLimit(TimeSpan.FromMinutes(1)))));
        await backPressure.WaitForRoomAsync(3, Ct);

        await PublishAndWaitAsync(Normalized("key-1"), Normalized(PartlyStoredBatchConsumer.FailsOnce));

        Assert.Equal(1, backPressure.InFlight);
    }

    public async ValueTask DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.GetRequiredService<IBusControl>().StopAsync(CancellationToken.None);
            await _services.DisposeAsync();
        }
    }

    private async Task<InMemoryPostingBackPressure> StartAsync(Action<IBusRegistrationConfigurator> consumers)
    {
        var services = new ServiceCollection();
        services.AddInMemoryPostingBackPressure();
        services.AddReceiveObserver(_ => _received);
        services.AddMassTransit(bus =>
        {
            consumers(bus);
            bus.AddConfigureEndpointsCallback((_, endpoint) => endpoint.UseMessageRetry(retry => retry.Immediate(2)));
            bus.UsingInMemory((context, memory) =>
            {
                memory.UseInProcessMessages();
                memory.ConfigureEndpoints(context);
            });
        });
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<IBusControl>().StartAsync(Ct);
        return _services.GetRequiredService<InMemoryPostingBackPressure>();
    }

    /// <summary>Publishes the messages and returns once the bus is done with each (acknowledged, or moved to
    /// <c>_error</c>): every observer has been told of each by then.</summary>
    private async Task PublishAndWaitAsync(params object[] messages)
    {
        var done = _received.Expect(messages.Length);
        foreach (var message in messages)
        {
            await _services!.GetRequiredService<IBus>().Publish(message, Ct);
        }

        await done.WaitAsync(Ct);
    }

    private static PostingNormalized Normalized(string key) => new(
        "source-1", Guid.NewGuid(), DateTimeOffset.UtcNow, key, "Staff Attorney", new NormalizedOrganization("legal-aid", "Legal Aid of Georgia"),
        new NormalizedLocation("Atlanta, GA", "Atlanta", "GA", "US", false), "FULL_TIME", null, null, null, null, "A posting.",
        $"http://127.0.0.1:9/jobs/{key}/", null, "test", "hash-1");

    private static PostingScraped Scraped(string key) => new(
        "source-1", Guid.NewGuid(), DateTimeOffset.UtcNow, key, "Staff Attorney", "Legal Aid of Georgia", "Atlanta, GA", "Full-time",
        null, null, null, null, "<p>A posting.</p>", $"http://127.0.0.1:9/jobs/{key}/", null, "test");

    /// <summary>Stores a batch as the store does when one posting of it fails: the others are marked delivered and the
    /// batch throws; the failed posting is stored when retried.</summary>
    private sealed class PartlyStoredBatchConsumer : IConsumer<Batch<PostingNormalized>>
    {
        public const string FailsOnce = "fails-once";

        private static int _failed;

        public async Task Consume(ConsumeContext<Batch<PostingNormalized>> context)
        {
            var failing = context.Message.Where(m => m.Message.PostingKey == FailsOnce).ToList();
            if (failing.Count == 0 || Interlocked.Exchange(ref _failed, 1) == 1)
            {
                return;
            }

            foreach (var stored in context.Message.Except(failing))
            {
                await stored.NotifyConsumed(stored, TimeSpan.Zero, nameof(PartlyStoredBatchConsumer));
            }

            throw new InvalidOperationException("UNIQUE constraint failed");
        }
    }

    private sealed class ReceivesDone : IReceiveObserver
    {
        private TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _left;

        public Task Expect(int messages)
        {
            _all = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _left = messages;
            return _all.Task;
        }

        public Task PreReceive(ReceiveContext context) => Task.CompletedTask;

        public Task PostReceive(ReceiveContext context) => Done();

        public Task PostConsume<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType)
            where T : class => Task.CompletedTask;

        public Task ConsumeFault<T>(ConsumeContext<T> context, TimeSpan duration, string consumerType, Exception exception)
            where T : class => Task.CompletedTask;

        public Task ReceiveFault(ReceiveContext context, Exception exception) => Done();

        private Task Done()
        {
            if (Interlocked.Decrement(ref _left) == 0)
            {
                _all.TrySetResult();
            }

            return Task.CompletedTask;
        }
    }
}
