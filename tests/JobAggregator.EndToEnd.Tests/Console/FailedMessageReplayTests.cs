using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using JobAggregator.Api.Admin;
using JobAggregator.Contracts;
using JobAggregator.EndToEnd.Tests.Distributed;
using JobAggregator.EndToEnd.Tests.RabbitMq;
using JobAggregator.EndToEnd.Tests.Web;
using MassTransit;
using Microsoft.Playwright;
using RabbitMQ.Client;

namespace JobAggregator.EndToEnd.Tests.Console;

/// <summary>Failed messages in a real RabbitMQ node's <c>_error</c> queue, listed, replayed (from the console in Debian's
/// chromium, screenshots in TestResults/web-pages) and deleted through the api role running in its own process, as in
/// distributed mode.</summary>
[Collection("RabbitMQ")]
public sealed class FailedMessageReplayTests(RabbitMqFixture rabbit, Chromium chromium) : IClassFixture<Chromium>, IAsyncLifetime
{
    private const string ApiKey = "0123456789abcdef0123456789abcdef-rabbit";
    private static readonly string PasswordHash = OperatorPasswords.Hash(ConsoleDemo.Password);
    private readonly List<HostProcess> _processes = [];
    private readonly string _directory = Directory.CreateTempSubdirectory("jobaggregator-console-rabbit-").FullName;
    private string _virtualHost = "";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _virtualHost = $"console-{Guid.NewGuid():N}";
        await rabbit.Node.CreateVirtualHostAsync(_virtualHost);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task A_message_from_the_error_queue_is_replayed_and_stored_and_one_that_fails_again_goes_back_with_its_new_exception()
    {
        var api = await StartAsync("store+api", "store,api");
        using var client = new HttpClient { BaseAddress = api.Address };
        client.DefaultRequestHeaders.Add(OperatorSchemes.ApiKeyHeader, ApiKey);

        // A posting published while no normalizer ran, then failed into _error as an outage would have left it.
        await PublishAsync(Posting("key-replayed", "Staff Attorney"));
        await WaitForAsync(() => rabbit.Node.MessageCountAsync(_virtualHost, "posting-scraped"), count => count == 1, "the posting in its queue");
        await MoveToErrorQueueAsync("posting-scraped", "The normalizer was unreachable");

        var listed = Assert.Single(await FailedAsync(client));
        Assert.Equal(("posting-scraped", "console-test", "key-replayed", "Staff Attorney"), (listed.Queue, listed.SourceId, listed.PostingKey, listed.Title));
        Assert.Equal("The normalizer was unreachable", listed.Exception);

        await StartAsync("normalizer", "normalizer");
        var browser = await SignInAsync(api.Address);
        var row = browser.GetByRole(AriaRole.Table, new() { Name = "Failed messages" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "key-replayed" });
        Assert.Contains("The normalizer was unreachable", await row.InnerTextAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "console-failed-message.png"), FullPage = true });
        await row.GetByRole(AriaRole.Button, new() { Name = $"Replay {listed.Id}" }).ClickAsync();

        await WaitForAsync(() => StoredTitlesAsync(api.Address), titles => titles.Contains("Staff Attorney"), "the replayed posting to be stored");
        Assert.Empty(await FailedAsync(client));
        await browser.GotoAsync("/admin");
        Assert.Equal("No failed message.", await browser.Locator("#failed + p").InnerTextAsync());
        await browser.GotoAsync("/");
        Assert.Contains("Staff Attorney", await browser.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await browser.ScreenshotAsync(new() { Path = Path.Combine(Chromium.ScreenshotFolder, "console-replayed-posting-stored.png"), FullPage = true });

        // One that fails for good: a posting without a title fails in the normalizer, and again when replayed.
        await PublishAsync(Posting("key-poison", "   "));
        var poison = await WaitForAsync(() => FailedAsync(client), failed => failed.Count == 1, "the poison posting in _error");
        using (var replay = await client.PostAsync($"/api/admin/failed-messages/{poison[0].Id}/replay", null, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        }

        var again = await WaitForAsync(
            () => FailedAsync(client), failed => failed.Count == 1 && failed[0].FaultedAt > poison[0].FaultedAt, "the replayed poison back in _error");
        Assert.Equal(("posting-scraped", "key-poison", poison[0].Id), (again[0].Queue, again[0].PostingKey, again[0].Id));
        Assert.Contains("has no title", again[0].Exception, StringComparison.OrdinalIgnoreCase);

        using (var delete = await client.DeleteAsync($"/api/admin/failed-messages/{again[0].Id}", Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        }

        Assert.Empty(await FailedAsync(client));
        var actions = (await client.GetFromJsonAsync<JsonElement>("/api/admin/actions", Ct)).EnumerateArray()
            .Select(a => $"{a.GetProperty("action").GetString()} {a.GetProperty("target").GetString()}").ToList();
        Assert.Equal([$"delete-failed-message {poison[0].Id}", $"replay {poison[0].Id}", $"replay {listed.Id}", "sign-in "], actions);
    }

    private async Task<IPage> SignInAsync(Uri api)
    {
        var context = await chromium.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, BaseURL = api.AbsoluteUri });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("Name").FillAsync(ConsoleDemo.Operator);
        await page.GetByLabel("Password").FillAsync(ConsoleDemo.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        Assert.Equal("Sources", await page.Locator("h1").InnerTextAsync());
        return page;
    }

    private async Task<HostProcess> StartAsync(string name, string roles)
    {
        var process = await HostProcess.StartAsync(name, new Dictionary<string, string>
        {
            ["Roles"] = roles,
            ["Transport"] = "rabbitmq",
            ["RabbitMq:Host"] = rabbit.Node.Host,
            ["RabbitMq:Port"] = rabbit.Node.AmqpPort.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = _virtualHost,
            ["RabbitMq:ManagementUrl"] = rabbit.Node.ManagementUri.AbsoluteUri,
            ["Store:SqlitePath"] = Path.Combine(_directory, "jobs.db"),
            ["SampleSites:Enabled"] = "false",
            ["SampleSites:BaseUrl"] = "http://127.0.0.1:9",
            ["Admin:Operators:0:Name"] = ConsoleDemo.Operator,
            ["Admin:Operators:0:PasswordHash"] = PasswordHash,
            ["Admin:ApiKeys:0:Name"] = "test-script",
            ["Admin:ApiKeys:0:Key"] = ApiKey,
        }, Ct);
        _processes.Add(process);
        return process;
    }

    private static PostingScraped Posting(string key, string title) => new(
        "console-test", Guid.NewGuid(), DateTimeOffset.UtcNow, key, title, "Console Test Org", "Atlanta, GA", "Full-time",
        "$50,000 per year", null, null, null, "<p>A posting.</p>", $"http://127.0.0.1:9/jobs/{key}/", null, "test");

    private async Task PublishAsync(PostingScraped posting)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(rabbit.Node.Host, (ushort)rabbit.Node.AmqpPort, _virtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        await bus.StartAsync(Ct);
        try
        {
            await bus.Publish(posting, Ct);
        }
        finally
        {
            await bus.StopAsync(Ct);
        }
    }

    /// <summary>Moves the queue's one message to its _error queue with the fault headers MassTransit writes.</summary>
    private async Task MoveToErrorQueueAsync(string queue, string exception)
    {
        var factory = new ConnectionFactory { HostName = rabbit.Node.Host, Port = rabbit.Node.AmqpPort, VirtualHost = _virtualHost };
        await using var connection = await factory.CreateConnectionAsync(Ct);
        await using var channel = await connection.CreateChannelAsync(
            new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), Ct);
        await channel.QueueDeclareAsync($"{queue}_error", durable: true, exclusive: false, autoDelete: false, cancellationToken: Ct);
        var message = await channel.BasicGetAsync(queue, autoAck: false, Ct);
        Assert.NotNull(message);
        var properties = new BasicProperties(message.BasicProperties)
        {
            Headers = new Dictionary<string, object?>(message.BasicProperties.Headers ?? new Dictionary<string, object?>())
            {
                ["MT-Fault-Message"] = Encoding.UTF8.GetBytes(exception),
                ["MT-Fault-ExceptionType"] = Encoding.UTF8.GetBytes("System.Net.Http.HttpRequestException"),
                ["MT-Fault-Timestamp"] = Encoding.UTF8.GetBytes(DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O", CultureInfo.InvariantCulture)),
            },
        };
        await channel.BasicPublishAsync("", $"{queue}_error", mandatory: true, properties, message.Body, Ct);
        await channel.BasicAckAsync(message.DeliveryTag, multiple: false, Ct);
    }

    private static async Task<List<FailedMessage>> FailedAsync(HttpClient client) =>
        await client.GetFromJsonAsync<List<FailedMessage>>("/api/admin/failed-messages", Ct) ?? [];

    private static async Task<List<string>> StoredTitlesAsync(Uri api)
    {
        using var http = new HttpClient { BaseAddress = api };
        var page = await http.GetFromJsonAsync<JsonElement>("/api/jobs?pageSize=100&includeClosed=true", Ct);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("title").GetString()!).ToList();
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(2);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"waited two minutes for {what}; last read {JsonSerializer.Serialize(value)}");
            await Task.Delay(250, Ct);
        }
    }
}
