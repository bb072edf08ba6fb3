using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.Contracts;
using JobAggregator.EndToEnd.Tests.RabbitMq;
using MassTransit;

namespace JobAggregator.EndToEnd.Tests.Distributed;

/// <summary>Every role in its own process over a real RabbitMQ node, each test on its own virtual host, with the
/// SQLite store shared by the store and api processes.</summary>
[Collection("RabbitMQ")]
public sealed class DistributedPipelineTests(RabbitMqFixture rabbit) : IAsyncLifetime
{
    private readonly List<HostProcess> _processes = [];
    private readonly string _directory = Directory.CreateTempSubdirectory("jobaggregator-distributed-").FullName;
    private string _virtualHost = "";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _virtualHost = $"test-{Guid.NewGuid():N}";
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
    public async Task Roles_in_separate_processes_produce_the_same_feed_as_one_process()
    {
        var sites = $"http://127.0.0.1:{HostProcess.FreePort()}";
        var api = await StartAsync("store+api", ("Roles", "store,api"), ("SampleSites:BaseUrl", sites));
        await StartAsync("normalizer", ("Roles", "normalizer"));
        await StartAsync("scheduler+scraper", ("Roles", "scheduler,scraper"), ("SampleSites:Enabled", "true"), ("SampleSites:Urls", sites));

        var distributed = await FeedWhenEverySourceRanAsync(api.Address);
        await using var oneProcess = await RunningDemo.StartAsync();
        await oneProcess.WaitForRunsAsync(DateTimeOffset.MinValue);
        var inMemory = (await oneProcess.OpenJobsAsync()).Select(Comparable).Order().ToList();

        Assert.Equal(9, distributed.Count); // the open seed openings, each once
        Assert.Equal(inMemory, distributed);
    }

    [Fact]
    public async Task An_operators_scrape_now_sent_by_the_api_process_is_run_by_a_scraper_in_another_process()
    {
        const string key = "distributed-test-key-0123456789abcdef";
        var sites = $"http://127.0.0.1:{HostProcess.FreePort()}";
        var api = await StartAsync("store+api", ("Roles", "store,api"), ("SampleSites:BaseUrl", sites),
            ("Admin:ApiKeys:0:Name", "distributed-test"), ("Admin:ApiKeys:0:Key", key));
        // No scheduler anywhere: the only run there can be is the one the operator asks for.
        await StartAsync("scraper", ("Roles", "scraper"), ("SampleSites:Enabled", "true"), ("SampleSites:Urls", sites));
        using var http = new HttpClient { BaseAddress = api.Address };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var sourceId = (await http.GetFromJsonAsync<JsonElement[]>("/api/sources", Cancel))![0].GetProperty("id").GetString()!;

        using var accepted = await http.PostAsync($"/api/admin/sources/{sourceId}/scrape", null, Cancel);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, accepted.StatusCode);
        var status = (await accepted.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("status").GetString()!;
        await WaitForAsync(
            async () => (await http.GetFromJsonAsync<JsonElement>(status, Cancel)).GetProperty("state").GetString(),
            state => state != "pending",
            $"the run of {sourceId} asked for at {status} to be recorded");

        var run = await http.GetFromJsonAsync<JsonElement>(status, Cancel);
        Assert.Equal("ok", run.GetProperty("state").GetString());
        Assert.Equal(sourceId, run.GetProperty("run").GetProperty("sourceId").GetString());
        Assert.True(run.GetProperty("run").GetProperty("postingsFound").GetInt32() > 0);
    }

    [Fact]
    public async Task Killing_the_normalizer_while_postings_are_in_flight_loses_nothing()
    {
        // Enough that the kill lands mid-way: a quiet machine's normalizer took all of 1,500 between the store's first
        // 100 and the kill. Below JobPage.CountLimit, so the API's total stays exact.
        const int count = 8000;
        var api = await StartAsync("store+api", ("Roles", "store,api"));
        await PublishPostingsAsync(count);
        Assert.Equal(count, await rabbit.Node.MessageCountAsync(_virtualHost, "posting-scraped"));

        var normalizer = await StartAsync("normalizer", ("Roles", "normalizer"));
        await WaitForAsync(() => StoredAsync(api.Address), stored => stored >= 100, "the first 100 postings to be stored");
        await normalizer.KillAsync();
        var leftInQueue = await rabbit.Node.MessageCountAsync(_virtualHost, "posting-scraped");
        Assert.True(leftInQueue > 0, "the normalizer finished before it could be stopped mid-way; publish more postings");

        await StartAsync("normalizer again", ("Roles", "normalizer"));
        await WaitForAsync(() => StoredAsync(api.Address), stored => stored >= count, $"all {count} postings to be stored");
        await Task.Delay(1000, Cancel);

        Assert.Equal(count, await StoredAsync(api.Address));
        Assert.Equal(0, await rabbit.Node.MessageCountAsync(_virtualHost, "posting-scraped"));
    }

    [Fact]
    public async Task Two_normalizers_share_one_queue_without_duplicating_or_losing_a_posting()
    {
        const int count = 1000;
        var api = await StartAsync("store+api", ("Roles", "store,api"));
        await Task.WhenAll(
            StartAsync("normalizer 1", ("Roles", "normalizer")),
            StartAsync("normalizer 2", ("Roles", "normalizer")));
        Assert.Equal(2, await rabbit.Node.ConsumerCountAsync(_virtualHost, "posting-scraped"));

        await PublishPostingsAsync(count);
        await WaitForAsync(() => StoredAsync(api.Address), stored => stored >= count, $"all {count} postings to be stored");
        await Task.Delay(1000, Cancel);

        Assert.Equal(count, await StoredAsync(api.Address));
        var keys = await StoredKeysAsync(api.Address);
        Assert.Equal(count, keys.Distinct().Count());
    }

    [Fact]
    public async Task A_role_that_loses_its_broker_answers_503_on_readiness_until_the_broker_is_back()
    {
        var normalizer = await StartAsync("normalizer", ("Roles", "normalizer"));
        using var http = new HttpClient { BaseAddress = normalizer.Address };
        async Task<int> ReadinessAsync()
        {
            using var response = await http.GetAsync("/health/ready", Cancel);
            return (int)response.StatusCode;
        }

        await WaitForAsync(ReadinessAsync, status => status == 200, "the normalizer to be ready");
        await rabbit.Node.DeleteVirtualHostAsync(_virtualHost);
        await WaitForAsync(ReadinessAsync, status => status == 503, "readiness to answer 503 without the broker");
        await rabbit.Node.CreateVirtualHostAsync(_virtualHost);
        await WaitForAsync(ReadinessAsync, status => status == 200, "readiness to recover once the broker is back");
    }

    [Fact]
    public async Task A_message_that_always_fails_lands_in_the_error_queue_with_its_exception_and_the_others_arrive()
    {
        var api = await StartAsync("store+api", ("Roles", "store,api"));
        await StartAsync("normalizer", ("Roles", "normalizer"));

        await PublishPostingsAsync(20, poisonAt: 7);
        await WaitForAsync(() => StoredAsync(api.Address), stored => stored >= 19, "the 19 good postings to be stored");
        await WaitForAsync(() => rabbit.Node.MessageCountAsync(_virtualHost, "posting-scraped_error"), count => count == 1, "the poison message in _error");

        Assert.Equal(19, await StoredAsync(api.Address));
        var faulted = await rabbit.Node.GetMessageAsync(_virtualHost, "posting-scraped_error");
        Assert.NotNull(faulted);
        Assert.Contains("MT-Fault-Message", faulted, StringComparison.Ordinal);
        Assert.Contains("has no title", faulted, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<HostProcess> StartAsync(string name, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["Transport"] = "rabbitmq",
            ["RabbitMq:Host"] = rabbit.Node.Host,
            ["RabbitMq:Port"] = rabbit.Node.AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = _virtualHost,
            ["Store:SqlitePath"] = Path.Combine(_directory, "jobs.db"),
            ["SampleSites:Enabled"] = "false",
            ["SampleSites:BaseUrl"] = "http://127.0.0.1:9",
            ["Scheduler:MaxJitterSeconds"] = "0",
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        var process = await HostProcess.StartAsync(name, all, Cancel);
        lock (_processes)
        {
            _processes.Add(process);
        }

        return process;
    }

    /// <summary>Publishes postings from outside the pipeline, as a scraper would: pipelined, with publisher confirms.</summary>
    private async Task PublishPostingsAsync(int count, int? poisonAt = null)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(rabbit.Node.Host, (ushort)rabbit.Node.AmqpPort, _virtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        await bus.StartAsync(Cancel);
        try
        {
            var run = Guid.NewGuid();
            var postings = Enumerable.Range(0, count).Select(i => new PostingScraped(
                "load", run, DateTimeOffset.UtcNow, $"key-{i:D5}", i == poisonAt ? "   " : $"Staff Attorney {i}", "Load Test Org",
                "Atlanta, GA", "Full-time", "$50,000 per year", null, null, null, $"<p>Posting {i}</p>",
                $"http://127.0.0.1:9/jobs/{i}/", null, "test"));
            await bus.PublishBatch(postings, Cancel);
        }
        finally
        {
            await bus.StopAsync(Cancel);
        }
    }

    private static async Task<int> StoredAsync(Uri api)
    {
        using var http = new HttpClient { BaseAddress = api };
        var page = await http.GetFromJsonAsync<JsonElement>("/api/jobs?pageSize=1&includeClosed=true", Cancel);
        return page.GetProperty("total").GetInt32();
    }

    private static async Task<List<string>> StoredKeysAsync(Uri api)
    {
        using var http = new HttpClient { BaseAddress = api };
        var keys = new List<string>();
        for (var page = 1; ; page++)
        {
            var body = await http.GetFromJsonAsync<JsonElement>($"/api/jobs?pageSize=100&includeClosed=true&page={page}", Cancel);
            var items = body.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0)
            {
                return keys;
            }

            keys.AddRange(items.Select(i => i.GetProperty("id").GetString()!));
        }
    }

    private async Task<List<string>> FeedWhenEverySourceRanAsync(Uri api)
    {
        using var http = new HttpClient { BaseAddress = api };
        await WaitForAsync(
            async () => await http.GetFromJsonAsync<JsonElement[]>("/api/sources", Cancel) ?? [],
            sources => sources.Length == 5 && sources.All(s => s.GetProperty("health").GetString() == "healthy"
                && s.GetProperty("postingsStored").GetInt32() >= s.GetProperty("postingsFound").GetInt32()),
            "every source to be scraped and stored");
        var page = await http.GetFromJsonAsync<JsonElement>("/api/jobs?pageSize=100", Cancel);
        return page.GetProperty("items").EnumerateArray().Select(Comparable).Order().ToList();
    }

    /// <summary>What a job seeker sees of a posting, without what depends on the run (ids and links carry the sample
    /// sites' port, times the moment of the scrape).</summary>
    private static string Comparable(JsonElement job) => string.Join(" | ",
        job.GetProperty("sourceId").GetString(),
        job.GetProperty("title").GetString(),
        job.GetProperty("organization").GetRawText(),
        job.GetProperty("location").GetRawText(),
        job.GetProperty("employmentType").GetRawText(),
        job.GetProperty("salary").GetRawText(),
        job.GetProperty("datePosted").GetRawText(),
        job.GetProperty("validThrough").GetRawText(),
        job.GetProperty("descriptionText").GetRawText(),
        job.GetProperty("extractedBy").GetString());

    /// <summary>Reads <paramref name="read"/> until <paramref name="done"/> holds; when it does not within the deadline,
    /// or a process it asks has gone, says what it waited for, the last value it read and what every process of the
    /// test last wrote.</summary>
    private async Task WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        // Generous: a loaded 2-core machine moves 8,000 postings through three processes in well under this.
        var patience = TimeSpan.FromMinutes(5);
        var deadline = DateTimeOffset.UtcNow + patience;
        var last = "nothing yet";
        while (true)
        {
            try
            {
                var value = await read();
                if (done(value))
                {
                    return;
                }

                last = value is JsonElement[] json ? JsonSerializer.Serialize(json) : $"{value}";
            }
            catch (HttpRequestException e)
            {
                throw new InvalidOperationException($"Waiting for {what}, a request failed ({e.Message}); last read: {last}.\n{DescribeProcesses()}", e);
            }

            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {patience.TotalSeconds:0} s for {what}; last read: {last}.\n{DescribeProcesses()}");
            }

            await Task.Delay(250, Cancel);
        }
    }

    private string DescribeProcesses()
    {
        lock (_processes)
        {
            return string.Join('\n', _processes.Select(p => p.Describe()));
        }
    }
}
