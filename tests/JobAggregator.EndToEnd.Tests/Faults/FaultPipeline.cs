using System.Diagnostics;
using System.Globalization;
using JobAggregator.Contracts;
using JobAggregator.EndToEnd.Tests.Distributed;
using JobAggregator.EndToEnd.Tests.RabbitMq;
using MassTransit;
using Microsoft.Data.Sqlite;

namespace JobAggregator.EndToEnd.Tests.Faults;

/// <summary>One fault scenario's pipeline: roles as Host processes on a virtual host of their own on the fault node,
/// the store's SQLite file in a folder of their own, and what the scenario counts (postings stored, read from that file;
/// messages parked in <c>_error</c> or <c>_skipped</c> queues, read from the broker).</summary>
internal sealed class FaultPipeline : IAsyncDisposable
{
    public const string SourceId = "faults";
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);
    private readonly List<HostProcess> _processes = [];
    private readonly string _directory;

    private FaultPipeline(RabbitMqNode node, string virtualHost, string directory)
    {
        Node = node;
        VirtualHost = virtualHost;
        _directory = directory;
        DatabasePath = Path.Combine(directory, "jobs.db");
    }

    public RabbitMqNode Node { get; }
    public string VirtualHost { get; }
    public string DatabasePath { get; }

    /// <summary>The sources file every role but the store is started with, once <see cref="UseSources"/> wrote it.</summary>
    public string? SourcesPath { get; private set; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public static async Task<FaultPipeline> CreateAsync(RabbitMqNode node)
    {
        var virtualHost = $"faults-{Guid.NewGuid():N}";
        await node.CreateVirtualHostAsync(virtualHost);
        return new FaultPipeline(node, virtualHost, Directory.CreateTempSubdirectory("jobaggregator-faults-").FullName);
    }

    public Task<HostProcess> StartStoreAsync(string name = "store") => StartAsync(name, "store");

    public Task<HostProcess> StartNormalizerAsync(string name = "normalizer") => StartAsync(name, "normalizer");

    public async Task<HostProcess> StartAsync(string name, string roles, params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string>
        {
            ["Roles"] = roles,
            ["Transport"] = "rabbitmq",
            ["RabbitMq:Host"] = Node.Host,
            ["RabbitMq:Port"] = Node.AmqpPort.ToString(CultureInfo.InvariantCulture),
            ["RabbitMq:VirtualHost"] = VirtualHost,
            ["Store:SqlitePath"] = DatabasePath,
            ["SampleSites:Enabled"] = "false",
            ["SampleSites:BaseUrl"] = "http://127.0.0.1:9",
            ["Scheduler:MaxJitterSeconds"] = "0",
            ["Scraper:MinDelayPerHostMilliseconds"] = "0",
        };
        if (SourcesPath is not null && roles != "store")
        {
            all["Sources:Path"] = SourcesPath;
        }

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

    public void UseSources(string yaml)
    {
        SourcesPath = Path.Combine(_directory, "sources.yaml");
        File.WriteAllText(SourcesPath, yaml);
    }

    /// <summary>Postings of one run of the fault source, each with its own key and title.</summary>
    public static IReadOnlyList<PostingScraped> Postings(int count, Guid? run = null)
    {
        var runId = run ?? Guid.NewGuid();
        var scrapedAt = DateTimeOffset.UtcNow;
        return Enumerable.Range(0, count).Select(i => new PostingScraped(
            SourceId, runId, scrapedAt, $"key-{i:D5}", $"Staff Attorney {i:D5}", "Fault Test Org", "Atlanta, GA", "Full-time",
            "$50,000 per year", null, null, null, $"<p>Posting {i}</p>", $"https://jobs.example.org/faults/{i}/", null, "test"))
            .ToList();
    }

    /// <summary>Publishes from outside the pipeline, as a scraper would: pipelined, each confirmed by the broker.</summary>
    public async Task PublishAsync<T>(IEnumerable<T> messages)
        where T : class
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg => cfg.Host(Node.Host, (ushort)Node.AmqpPort, VirtualHost, h =>
        {
            h.Username("guest");
            h.Password("guest");
        }));
        await bus.StartAsync(Cancel);
        try
        {
            await bus.PublishBatch(messages, Cancel);
        }
        finally
        {
            await bus.StopAsync(Cancel);
        }
    }

    /// <summary>Postings of the fault source in the store's file, and how many of them repeat a title (the same
    /// posting stored twice under two ids); 0 and 0 before the store has created the file.</summary>
    public async Task<(int Stored, int Duplicates)> StoredAsync()
    {
        if (!File.Exists(DatabasePath))
        {
            return (0, 0);
        }

        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            // Also how long a busy file is waited for.
            DefaultTimeout = 30,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(*) - count(DISTINCT title) FROM postings WHERE source_id = $source";
        command.Parameters.AddWithValue("$source", SourceId);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(Cancel);
            await reader.ReadAsync(Cancel);
            return (reader.GetInt32(0), reader.GetInt32(1));
        }
        catch (SqliteException e) when (e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return (0, 0);
        }
    }

    public async Task<int> StoredCountAsync() => (await StoredAsync()).Stored;

    /// <summary>Runs of the fault source the store recorded.</summary>
    public async Task<int> RunsRecordedAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM scrape_runs WHERE source_id = $source";
        command.Parameters.AddWithValue("$source", SourceId);
        return Convert.ToInt32(await command.ExecuteScalarAsync(Cancel), CultureInfo.InvariantCulture);
    }

    /// <summary>Messages parked where nobody consumes them: every <c>_error</c> and <c>_skipped</c> queue of the
    /// virtual host, counted by the broker now.</summary>
    public async Task<int> ParkedMessagesAsync()
    {
        var total = 0;
        foreach (var queue in await ParkingQueuesAsync())
        {
            total += await Node.MessageCountAsync(VirtualHost, queue);
        }

        return total;
    }

    public async Task<IReadOnlyList<string>> ParkingQueuesAsync() =>
        (await Node.QueuesAsync(VirtualHost))
        .Select(q => q.GetProperty("name").GetString()!)
        .Where(name => name.EndsWith("_error", StringComparison.Ordinal) || name.EndsWith("_skipped", StringComparison.Ordinal))
        .ToList();

    /// <summary>Waits until every one of <paramref name="sent"/> postings is stored and returns how long that took from
    /// <paramref name="since"/>.</summary>
    public async Task<TimeSpan> WaitUntilStoredAsync(int sent, Stopwatch since)
    {
        await WaitForAsync(StoredCountAsync, stored => stored >= sent, $"all {sent:N0} postings to be stored");
        return since.Elapsed;
    }

    /// <summary>Reads the figures once the pipeline has settled (a redelivered message would be stored a moment after
    /// the count was first reached), prints them, and asserts that nothing was lost, doubled or parked.</summary>
    public async Task<FaultFigures> ReportAsync(string scenario, int sent, TimeSpan? recovery)
    {
        await Task.Delay(TimeSpan.FromSeconds(2), Cancel);
        var (stored, duplicates) = await StoredAsync();
        var figures = new FaultFigures(scenario, sent, stored, duplicates, await ParkedMessagesAsync(), recovery);
        figures.Print();
        Assert.True(figures is { Duplicates: 0, InErrorQueues: 0 } && figures.Stored == sent,
            $"{scenario}: expected {sent} stored, 0 duplicates and 0 parked, got {figures}.\n{DescribeProcesses()}");
        return figures;
    }

    /// <summary>Reads <paramref name="read"/> until <paramref name="done"/> holds; when it does not within the
    /// patience, says what it waited for, the last value read and what every process last wrote.</summary>
    public async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan? patience = null)
    {
        var limit = patience ?? Patience;
        var deadline = DateTimeOffset.UtcNow + limit;
        T value;
        while (!done(value = await read()))
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}; last read: {value}.\n{DescribeProcesses()}");
            }

            await Task.Delay(250, Cancel);
        }

        return value;
    }

    public string DescribeProcesses()
    {
        lock (_processes)
        {
            return string.Join('\n', _processes.Select(p => p.Describe()));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            await process.DisposeAsync();
        }

        try
        {
            await Node.DeleteVirtualHostAsync(VirtualHost);
        }
        catch (HttpRequestException)
        {
            // The node is being restarted or gone; it is thrown away with its data at the end of the collection.
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
