using JobAggregator.Contracts;
using JobAggregator.Host.Messaging;
using MassTransit;
using MassTransit.Serialization;

namespace JobAggregator.EndToEnd.Tests.Messaging;

/// <summary>A real in-memory bus set up as the Host's (<see cref="InProcessMessages"/>): a posting's messages and a
/// run's completion reach their consumers as the published objects, with everything their envelope carries; other
/// messages as JSON.</summary>
public sealed class InProcessMessagesTests : IAsyncDisposable
{
    private readonly TaskCompletionSource<ConsumeContext<PostingScraped>> _scraped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ConsumeContext<ScrapeCompleted>> _completed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ConsumeContext<ScrapeCompleted>> _completedToo = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ConsumeContext<ScrapeFailed>> _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<ConsumeContext<Fault<PostingScraped>>> _fault = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly IBusControl _bus;
    private bool _started;

    public InProcessMessagesTests()
    {
        _bus = Bus.Factory.CreateUsingInMemory(bus =>
        {
            bus.UseInProcessMessages();
            bus.ReceiveEndpoint("posting-scraped", endpoint => endpoint.Handler<PostingScraped>(context =>
            {
                if (context.Message.Title == "poison")
                {
                    throw new InvalidOperationException("The posting cannot be normalised.");
                }

                _scraped.TrySetResult(context);
                return Task.CompletedTask;
            }));
            bus.ReceiveEndpoint("scrape-completed", endpoint => endpoint.Handler<ScrapeCompleted>(context =>
            {
                _completed.TrySetResult(context);
                return Task.CompletedTask;
            }));
            bus.ReceiveEndpoint("scrape-outcome", endpoint => endpoint.Handler<ScrapeCompleted>(context =>
            {
                _completedToo.TrySetResult(context);
                return Task.CompletedTask;
            }));
            bus.ReceiveEndpoint("scrape-failed", endpoint => endpoint.Handler<ScrapeFailed>(context =>
            {
                _failed.TrySetResult(context);
                return Task.CompletedTask;
            }));
            bus.ReceiveEndpoint("posting-scraped-fault", endpoint => endpoint.Handler<Fault<PostingScraped>>(context =>
            {
                _fault.TrySetResult(context);
                return Task.CompletedTask;
            }));
        });
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_posting_reaches_its_consumer_as_the_published_object_with_its_ids_and_headers()
    {
        await StartAsync();
        var posting = Posting("Staff Attorney");
        var messageId = NewId.NextGuid();
        var conversationId = NewId.NextGuid();

        await _bus.Publish(posting, context =>
        {
            context.MessageId = messageId;
            context.ConversationId = conversationId;
            context.Headers.Set("Scrape-Run", "run-1");
        }, Ct);

        var received = await _scraped.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Same(posting, received.Message);
        Assert.Equal((messageId, conversationId, "run-1"), (received.MessageId, received.ConversationId, received.Headers.Get<string>("Scrape-Run")));
        Assert.Equal(InProcessMessageSerializer.InProcessContentType.MediaType, received.ReceiveContext.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_run_completion_reaches_each_of_its_consumers_as_the_published_object()
    {
        await StartAsync();
        var run = new ScrapeCompleted("source-1", Guid.NewGuid(), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, ["key-1", "key-2"], 1, false, "greenhouse");

        await _bus.Publish(run, Ct);

        var received = await _completed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        var receivedToo = await _completedToo.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Same(run, received.Message);
        Assert.Same(run, receivedToo.Message);
        Assert.Equal(InProcessMessageSerializer.InProcessContentType.MediaType, received.ReceiveContext.ContentType?.MediaType);
    }

    [Fact]
    public async Task Other_messages_still_travel_as_json_copies()
    {
        await StartAsync();
        var run = new ScrapeFailed("source-1", Guid.NewGuid(), DateTimeOffset.UtcNow, DateTimeOffset.UtcNow, "http-500: the board answered 500", 500, "https://example.com/jobs");

        await _bus.Publish(run, Ct);

        var received = await _failed.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.NotSame(run, received.Message);
        Assert.Equal(run, received.Message);
        Assert.Equal(SystemTextJsonMessageSerializer.JsonContentType.MediaType, received.ReceiveContext.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_posting_whose_consumer_fails_is_published_in_its_fault()
    {
        await StartAsync();
        var posting = Posting("poison");

        await _bus.Publish(posting, Ct);

        var fault = await _fault.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(posting, fault.Message.Message);
        Assert.Equal("The posting cannot be normalised.", Assert.Single(fault.Message.Exceptions).Message);
    }

    public async ValueTask DisposeAsync()
    {
        if (_started)
        {
            await _bus.StopAsync(CancellationToken.None);
        }
    }

    private async Task StartAsync()
    {
        await _bus.StartAsync(Ct);
        _started = true;
    }

    private static PostingScraped Posting(string title) => new(
        "source-1", Guid.NewGuid(), DateTimeOffset.UtcNow, "key-1", title, "Legal Aid of Georgia", "Atlanta, GA", "Full-time",
        "$50,000 per year", new ScrapedSalary(50_000m, null, "USD", "YEAR"), null, null, "<p>A posting.</p>", "http://127.0.0.1:9/jobs/key-1/", null, "test");
}
