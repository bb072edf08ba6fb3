using System.Text;
using RabbitMQ.Client;

namespace JobAggregator.EndToEnd.Tests.Faults;

/// <summary>Messages no consumer can handle, published raw with RabbitMQ.Client among good postings: each lands in its
/// queue's <c>_error</c> queue with a fault that says in words what is wrong with it, and the good postings are all
/// stored meanwhile.</summary>
[Collection("RabbitMQ faults")]
[Trait("Category", "Faults")]
public sealed class PoisonMessageTests(FaultNodeFixture fixture)
{
    private const int Count = 500;
    private const string Envelope = "application/vnd.masstransit+json";
    private const string PostingScrapedType = "urn:message:JobAggregator.Contracts:PostingScraped";
    private const string PostingNormalizedType = "urn:message:JobAggregator.Contracts:PostingNormalized";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>Each poison, the queue it is sent to, and words its fault must contain.</summary>
    private static readonly Poison[] Poisons =
    [
        new("0f0a0000-0000-4000-8000-000000000001", "JSON cut short", "posting-scraped", Envelope,
            """{"messageType":["urn:message:JobAggregator.Contracts:PostingScraped"],"message":{"title":"Sta""",
            "end of data"),
        new("0f0a0000-0000-4000-8000-000000000002", "JSON that is not an envelope", "posting-scraped", Envelope,
            "[1, 2, 3]",
            "MessageEnvelope"),
        new("0f0a0000-0000-4000-8000-000000000003", "plain text", "posting-scraped", "text/plain",
            "Staff Attorney, Atlanta",
            "invalid start of a value"),
        new("0f0a0000-0000-4000-8000-000000000004", "a field of the wrong type", "posting-scraped", Envelope,
            EnvelopeOf("0f0a0000-0000-4000-8000-000000000004", PostingScrapedType,
                """{"sourceId":"faults","scrapeRunId":"not-a-guid","scrapedAt":"yesterday","postingKey":"poison-type","title":"Staff Attorney","extractedBy":"test"}"""),
            "Path: $.scrapeRunId"),
        new("0f0a0000-0000-4000-8000-000000000005", "a posting without its title", "posting-scraped", Envelope,
            EnvelopeOf("0f0a0000-0000-4000-8000-000000000005", PostingScrapedType,
                """{"sourceId":"faults","scrapeRunId":"7d3c1f6e-8f0a-4f7e-9a55-0d5a2f1b9c11","scrapedAt":"2026-12-01T00:00:00Z","postingKey":"poison-no-title","extractedBy":"test"}"""),
            "for posting 'poison-no-title' of source 'faults' has no title"),
        new("0f0a0000-0000-4000-8000-000000000006", "a normalized posting without its organization", "posting-normalized", Envelope,
            EnvelopeOf("0f0a0000-0000-4000-8000-000000000006", PostingNormalizedType,
                """{"sourceId":"faults","scrapeRunId":"7d3c1f6e-8f0a-4f7e-9a55-0d5a2f1b9c11","postingKey":"poison-no-org","title":"Staff Attorney"}"""),
            "has no organization, location"),
    ];

    [Fact]
    public async Task Each_poison_message_goes_to_error_with_a_fault_naming_what_is_wrong_and_the_others_are_stored()
    {
        await using var pipeline = await FaultPipeline.CreateAsync(fixture.Node);
        await Task.WhenAll(pipeline.StartStoreAsync(), pipeline.StartNormalizerAsync());
        var postings = FaultPipeline.Postings(Count);

        await pipeline.PublishAsync(postings.Take(Count / 2));
        await PublishRawAsync(pipeline.VirtualHost);
        await pipeline.PublishAsync(postings.Skip(Count / 2));

        await pipeline.WaitUntilStoredAsync(Count, System.Diagnostics.Stopwatch.StartNew());
        await pipeline.WaitForAsync(pipeline.ParkedMessagesAsync, parked => parked >= Poisons.Length, "every poison message to be parked");
        var faults = await FaultsAsync(pipeline);
        var (stored, duplicates) = await pipeline.StoredAsync();
        new FaultFigures($"{Poisons.Length} poison messages among {Count:N0} postings", Count + Poisons.Length, stored, duplicates,
            await pipeline.ParkedMessagesAsync(), Recovery: null).Print();

        Assert.Equal((Count, 0, Poisons.Length), (stored, duplicates, await pipeline.ParkedMessagesAsync()));
        foreach (var fault in faults)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{fault.Queue} {fault.MessageId}: {fault.Exception}");
        }

        foreach (var poison in Poisons)
        {
            var fault = Assert.Single(faults, f => f.MessageId == poison.MessageId);
            Assert.Equal($"{poison.Queue}_error", fault.Queue);
            Assert.Contains(poison.Named, fault.Exception, StringComparison.Ordinal);
            Assert.DoesNotContain("(Parameter '", fault.Exception, StringComparison.Ordinal);
        }
    }

    private async Task PublishRawAsync(string virtualHost)
    {
        var factory = new ConnectionFactory
        {
            HostName = fixture.Node.Host,
            Port = fixture.Node.AmqpPort,
            UserName = "guest",
            Password = "guest",
            VirtualHost = virtualHost,
        };
        await using var connection = await factory.CreateConnectionAsync(Cancel);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), Cancel);
        foreach (var poison in Poisons)
        {
            var properties = new BasicProperties { ContentType = poison.ContentType, MessageId = poison.MessageId, Persistent = true };
            await channel.BasicPublishAsync("", poison.Queue, mandatory: true, properties, Encoding.UTF8.GetBytes(poison.Body), Cancel);
        }
    }

    /// <summary>Every parked message's id and fault, read without taking it off its queue.</summary>
    private async Task<List<(string Queue, string? MessageId, string Exception)>> FaultsAsync(FaultPipeline pipeline)
    {
        var factory = new ConnectionFactory
        {
            HostName = fixture.Node.Host,
            Port = fixture.Node.AmqpPort,
            UserName = "guest",
            Password = "guest",
            VirtualHost = pipeline.VirtualHost,
        };
        await using var connection = await factory.CreateConnectionAsync(Cancel);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: Cancel);
        var faults = new List<(string, string?, string)>();
        foreach (var queue in await pipeline.ParkingQueuesAsync())
        {
            // Unacknowledged, so they go back to their queue when the channel closes.
            while (await channel.BasicGetAsync(queue, autoAck: false, Cancel) is { } message)
            {
                var headers = message.BasicProperties.Headers ?? new Dictionary<string, object?>();
                var exception = headers.TryGetValue("MT-Fault-Message", out var text) && text is byte[] bytes
                    ? Encoding.UTF8.GetString(bytes)
                    : $"(no MT-Fault-Message; headers: {string.Join(", ", headers.Keys)})";
                faults.Add((queue, message.BasicProperties.MessageId, exception));
            }
        }

        return faults;
    }

    private static string EnvelopeOf(string messageId, string messageType, string message) =>
        $$"""{"messageId":"{{messageId}}","messageType":["{{messageType}}"],"message":{{message}}}""";

    private sealed record Poison(string MessageId, string Name, string Queue, string ContentType, string Body, string Named);
}
