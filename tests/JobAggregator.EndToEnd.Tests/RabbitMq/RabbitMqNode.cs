using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RabbitMQ.Client;

namespace JobAggregator.EndToEnd.Tests.RabbitMq;

/// <summary>A throwaway RabbitMQ node (with the management and Prometheus plugins) of the installed server, on free loopback ports and
/// a temporary folder, owned by this object: disposing it stops the node and deletes its data.</summary>
internal sealed class RabbitMqNode : IAsyncDisposable
{
    private const string User = "guest";
    private const string Password = "guest";
    private const int OutputLinesKept = 200;
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(20);

    private Process _process;
    private readonly string _directory;
    private readonly string _cookie;
    private readonly string _rabbitmqctl;
    private readonly ConcurrentQueue<string> _output;
    private readonly HttpClient _management;

    private RabbitMqNode(Process process, string directory, string cookie, string rabbitmqctl, ConcurrentQueue<string> output,
        string nodeName, int amqpPort, int managementPort, int prometheusPort)
    {
        _process = process;
        _directory = directory;
        _cookie = cookie;
        _rabbitmqctl = rabbitmqctl;
        _output = output;
        NodeName = nodeName;
        AmqpPort = amqpPort;
        ManagementPort = managementPort;
        ManagementUri = new Uri($"http://{Host}:{managementPort}/");
        PrometheusUri = new Uri($"http://{Host}:{prometheusPort}/");
        _management = new HttpClient { BaseAddress = ManagementUri, Timeout = TimeSpan.FromSeconds(10) };
        _management.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{User}:{Password}")));
    }

    public string Host { get; } = "127.0.0.1";
    public int AmqpPort { get; }
    public int ManagementPort { get; }
    public Uri ManagementUri { get; }

    /// <summary>The rabbitmq_prometheus plugin's endpoint, which the compose file's Prometheus scrapes.</summary>
    public Uri PrometheusUri { get; }
    public string NodeName { get; }

    /// <summary>The node's own log, which says what it did to its clients (a channel closed, a consumer timed out).</summary>
    public string LogFile => Path.Combine(_directory, "log", $"{NodeName}.log");

    /// <summary>The broker address as MassTransit and RabbitMQ.Client take it.</summary>
    public Uri AmqpUri => new($"amqp://{User}:{Password}@{Host}:{AmqpPort}/");

    public static Task<RabbitMqNode> StartAsync(CancellationToken ct) => StartAsync("", ct);

    /// <param name="configuration">More lines of rabbitmq.conf (a shorter <c>consumer_timeout</c>, say).</param>
    public static async Task<RabbitMqNode> StartAsync(string configuration, CancellationToken ct)
    {
        var server = FindServer() ?? throw new InvalidOperationException(
            "rabbitmq-server is not installed: run ./test.sh, which installs it (apt-get install -y rabbitmq-server, as root)");
        var rabbitmqctl = Path.Combine(Path.GetDirectoryName(server)!, "rabbitmqctl");

        var (amqpPort, managementPort, distributionPort, prometheusPort) = FreePorts();
        var nodeName = $"jobagg-test-{RandomNumberGenerator.GetHexString(8, lowercase: true)}@localhost";
        // A cookie of its own on the command line rather than the rabbitmq user's ~/.erlang.cookie: Debian's script
        // resets HOME to /var/lib/rabbitmq through su, and parallel nodes must not race to create that file.
        var cookie = RandomNumberGenerator.GetHexString(32);
        var directory = Directory.CreateTempSubdirectory("jobaggregator-rabbitmq-").FullName;
        var output = new ConcurrentQueue<string>();
        Process? process = null;
        RabbitMqNode? node = null;
        try
        {
            var config = WriteNodeFiles(directory, amqpPort, managementPort, prometheusPort, configuration);
            // Debian's rabbitmq-server drops from root to the rabbitmq user, which must own the node's folders. Anyone
            // else runs the node as themselves.
            if (Environment.IsPrivilegedProcess)
            {
                await RunAsync("chown", ["-R", "rabbitmq:rabbitmq", directory], TimeSpan.FromSeconds(10), ct);
            }

            var start = new ProcessStartInfo(server)
            {
                UseShellExecute = false,
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = directory,
                Environment =
                {
                    ["RABBITMQ_NODENAME"] = nodeName,
                    ["RABBITMQ_MNESIA_BASE"] = Path.Combine(directory, "mnesia"),
                    ["RABBITMQ_LOG_BASE"] = Path.Combine(directory, "log"),
                    ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(CultureInfo.InvariantCulture),
                    ["RABBITMQ_PID_FILE"] = Path.Combine(directory, "node.pid"),
                    ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(directory, "enabled_plugins"),
                    // 3.10 takes the path with or without ".conf".
                    ["RABBITMQ_CONFIG_FILE"] = config,
                    // Keeps the machine's /etc/rabbitmq/rabbitmq-env.conf (node name, ports) out of the test node.
                    ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
                    ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = $"-setcookie {cookie} -kernel inet_dist_use_interface {{127,0,0,1}}",
                    // Read only when this node is the one that starts epmd.
                    ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
                },
            };
            process = Launch(start, output);
            node = new RabbitMqNode(process, directory, cookie, rabbitmqctl, output, nodeName, amqpPort, managementPort, prometheusPort);
            await node.WaitUntilReadyAsync(ct);
            return node;
        }
        catch
        {
            if (node is not null)
            {
                await node.DisposeAsync();
            }
            else
            {
                process?.Dispose();
                DeleteDirectory(directory);
            }

            throw;
        }
    }

    public Task<JsonElement[]> QueuesAsync() => QueuesAsync("/");

    public async Task<JsonElement[]> QueuesAsync(string virtualHost) =>
        await _management.GetFromJsonAsync<JsonElement[]>($"api/queues/{Uri.EscapeDataString(virtualHost)}") ?? [];

    public Task<int> QueueDepthAsync(string queue) => QueueDepthAsync("/", queue);

    /// <summary>The queue's depth (ready and unacknowledged) as the management plugin last sampled it, one to two
    /// seconds ago on this node: poll for an expected value. <see cref="MessageCountAsync"/> is exact but counts only ready
    /// messages.</summary>
    public async Task<int> QueueDepthAsync(string virtualHost, string queue)
    {
        using var response = await _management.GetAsync(QueuePath(virtualHost, queue));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            throw new InvalidOperationException($"Queue '{queue}' does not exist in virtual host '{virtualHost}' on {NodeName}");
        }

        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        // A queue declared a moment ago has no statistics yet.
        return body.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Number ? messages.GetInt32() : 0;
    }

    /// <summary>The queue's ready messages (not those delivered and unacknowledged) as the broker counts them now.</summary>
    public async Task<int> MessageCountAsync(string virtualHost, string queue) =>
        (int)(await DeclarePassiveAsync(virtualHost, queue)).MessageCount;

    /// <summary>The queue's consumers as the broker counts them now.</summary>
    public async Task<int> ConsumerCountAsync(string virtualHost, string queue) =>
        (int)(await DeclarePassiveAsync(virtualHost, queue)).ConsumerCount;

    public Task<string?> GetMessageAsync(string queue) => GetMessageAsync("/", queue);

    /// <summary>The first message of the queue as the management API shows it (payload, properties with headers such
    /// as MassTransit's MT-Fault-Message), left in the queue; null when the queue is empty.</summary>
    public async Task<string?> GetMessageAsync(string virtualHost, string queue)
    {
        using var response = await _management.PostAsJsonAsync(
            $"{QueuePath(virtualHost, queue)}/get", new { count = 1, ackmode = "ack_requeue_true", encoding = "auto" });
        response.EnsureSuccessStatusCode();
        var messages = await response.Content.ReadFromJsonAsync<JsonElement>();
        return messages.GetArrayLength() == 0 ? null : messages[0].GetRawText();
    }

    /// <summary>Creates a virtual host that the guest user may use fully: a test's own, so that queues and messages
    /// left by another test cannot reach it.</summary>
    public async Task CreateVirtualHostAsync(string virtualHost)
    {
        var name = Uri.EscapeDataString(virtualHost);
        using var created = await _management.PutAsJsonAsync($"api/vhosts/{name}", new { });
        created.EnsureSuccessStatusCode();
        using var permitted = await _management.PutAsJsonAsync(
            $"api/permissions/{name}/{User}", new { configure = ".*", write = ".*", read = ".*" });
        permitted.EnsureSuccessStatusCode();
    }

    /// <summary>Deletes a virtual host, which closes every connection to it at once: the broker gone, for those
    /// connections only.</summary>
    public async Task DeleteVirtualHostAsync(string virtualHost)
    {
        using var deleted = await _management.DeleteAsync($"api/vhosts/{Uri.EscapeDataString(virtualHost)}");
        deleted.EnsureSuccessStatusCode();
    }

    /// <summary>Stops the node as an operator would (its durable queues and persistent messages are kept on disk), then
    /// starts it again on the same ports and data, and waits until it answers.</summary>
    public async Task RestartAsync(CancellationToken ct)
    {
        await StopAsync();
        var start = _process.StartInfo;
        _process.Dispose();
        _process = Launch(start, _output);
        await WaitUntilReadyAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        _management.Dispose();
        if (!_process.HasExited)
        {
            await StopAsync();
        }

        _process.Dispose();
        DeleteDirectory(_directory);
    }

    private async Task StopAsync()
    {
        using var patience = new CancellationTokenSource(StopPatience);
        try
        {
            await RunAsync(_rabbitmqctl, ["-n", NodeName, "--erlang-cookie", _cookie, "stop"], StopPatience, patience.Token);
            await _process.WaitForExitAsync(patience.Token);
        }
        catch (Exception e) when (e is OperationCanceledException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // rabbitmqctl failed or the node is slow to halt: its data is thrown away, so killing it loses nothing.
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            using var killed = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(killed.Token);
        }
    }

    private static Process Launch(ProcessStartInfo start, ConcurrentQueue<string> output)
    {
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(StartPatience);
        var factory = new ConnectionFactory { HostName = Host, Port = AmqpPort, UserName = User, Password = Password };
        string? lastProblem = null;
        while (!patience.IsCancellationRequested)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"RabbitMQ node {NodeName} exited with code {_process.ExitCode} while starting.{Diagnostics()}");
            }

            try
            {
                // The management listener starts with its plugin, the AMQP listener last of all: both must answer.
                using var overview = await _management.GetAsync("api/overview", patience.Token);
                overview.EnsureSuccessStatusCode();
                await using var connection = await factory.CreateConnectionAsync(patience.Token);
                await connection.CloseAsync(patience.Token);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or IOException or OperationCanceledException)
            {
                lastProblem = e.Message;
            }

            try
            {
                await Task.Delay(250, patience.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        ct.ThrowIfCancellationRequested();
        throw new TimeoutException(
            $"RabbitMQ node {NodeName} did not answer on AMQP port {AmqpPort} and management port {ManagementPort} " +
            $"within {StartPatience.TotalSeconds} s (last problem: {lastProblem}).{Diagnostics()}");
    }

    private async Task<QueueDeclareOk> DeclarePassiveAsync(string virtualHost, string queue)
    {
        var factory = new ConnectionFactory
        {
            HostName = Host,
            Port = AmqpPort,
            UserName = User,
            Password = Password,
            VirtualHost = virtualHost,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return await channel.QueueDeclarePassiveAsync(queue);
        }
        catch (RabbitMQ.Client.Exceptions.OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
        {
            throw new InvalidOperationException($"Queue '{queue}' does not exist in virtual host '{virtualHost}' on {NodeName}", e);
        }
    }

    private static string QueuePath(string virtualHost, string queue) =>
        $"api/queues/{Uri.EscapeDataString(virtualHost)}/{Uri.EscapeDataString(queue)}";

    private string Diagnostics()
    {
        var log = LogFile;
        var logTail = File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(40)) : "(no log file)";
        return $"\n--- node output (last {OutputLinesKept} lines) ---\n{string.Join('\n', _output)}\n--- {log} (last 40 lines) ---\n{logTail}";
    }

    /// <summary>The settings docker-compose.yml gives its broker, so that every test node runs as the deployed one does.
    /// </summary>
    public static readonly string BrokerSettingsPath = Path.Combine(AppContext.BaseDirectory, "config", "rabbitmq", "jobaggregator.conf");

    private static string WriteNodeFiles(string directory, int amqpPort, int managementPort, int prometheusPort, string configuration)
    {
        Directory.CreateDirectory(Path.Combine(directory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(directory, "log"));
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[rabbitmq_management,rabbitmq_prometheus].\n");
        File.WriteAllText(Path.Combine(directory, "rabbitmq-env.conf"), "");
        var config = Path.Combine(directory, "rabbitmq.conf");
        // Statistics sampled every half second and kept per second instead of every five, so that queue depths read
        // through the management API lag one to two seconds behind the broker instead of up to five.
        File.WriteAllText(config, $"""
            listeners.tcp.default = 127.0.0.1:{amqpPort}
            management.tcp.ip = 127.0.0.1
            management.tcp.port = {managementPort}
            prometheus.tcp.ip = 127.0.0.1
            prometheus.tcp.port = {prometheusPort}
            default_user = {User}
            default_pass = {Password}
            collect_statistics_interval = 500
            management.sample_retention_policies.global.minute = 1
            management.sample_retention_policies.basic.minute = 1
            management.sample_retention_policies.detailed.10 = 1
            {File.ReadAllText(BrokerSettingsPath)}
            {configuration}

            """);
        return config;
    }

    private static string? FindServer()
    {
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin");
        return directories.Select(d => Path.Combine(d, "rabbitmq-server")).FirstOrDefault(File.Exists);
    }

    private static (int Amqp, int Management, int Distribution, int Prometheus) FreePorts()
    {
        // All four bound at once, so they differ; another process may still take one before the node does, which the
        // start-up error would show.
        var listeners = Enumerable.Range(0, 4).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        try
        {
            foreach (var listener in listeners)
            {
                listener.Start();
            }

            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
            return (ports[0], ports[1], ports[2], ports[3]);
        }
        finally
        {
            foreach (var listener in listeners)
            {
                listener.Dispose();
            }
        }
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > OutputLinesKept && output.TryDequeue(out _))
        {
        }
    }

    private static async Task RunAsync(string fileName, string[] arguments, TimeSpan timeout, CancellationToken ct)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        using var process = Process.Start(start)!;
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(patience.Token);
        var stderr = process.StandardError.ReadToEndAsync(patience.Token);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"{fileName} {string.Join(' ', arguments)} exited with code {process.ExitCode}: {await stdout}{await stderr}");
        }
    }

    private static void DeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a process that is going away; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
            // Likewise.
        }
    }
}
