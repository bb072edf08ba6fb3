using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using RabbitMQ.Client;

namespace JobAggregator.Benchmarks;

/// <summary>A throwaway RabbitMQ node of Debian's <c>rabbitmq-server</c> (installed with apt when missing, as
/// <see cref="WrkLoad"/> installs wrk) on free loopback ports and a temporary folder, owned by this object: disposing
/// it stops the node and deletes its data. Started as the end-to-end tests' node is
/// (<c>tests/JobAggregator.EndToEnd.Tests/RabbitMq/RabbitMqNode.cs</c>), without the management plugin, which the
/// benchmark does not read and whose statistics would cost the broker CPU.</summary>
internal sealed class RabbitNode : IAsyncDisposable
{
    public const string User = "guest";
    public const string Password = "guest";
    private const string ServerPath = "/usr/sbin/rabbitmq-server";
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StopPatience = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly string _directory;
    private readonly string _cookie;
    private readonly ConcurrentQueue<string> _output;

    private RabbitNode(Process process, string directory, string cookie, ConcurrentQueue<string> output, string nodeName, int amqpPort)
    {
        _process = process;
        _directory = directory;
        _cookie = cookie;
        _output = output;
        NodeName = nodeName;
        AmqpPort = amqpPort;
    }

    public string Host => "127.0.0.1";
    public int AmqpPort { get; }
    public string NodeName { get; }

    /// <summary>The process <c>rabbitmq-server</c> was started as; the Erlang VM runs below it.</summary>
    public int ProcessId => _process.Id;

    public ConnectionFactory ConnectionFactory() =>
        new() { HostName = Host, Port = AmqpPort, UserName = User, Password = Password };

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(ServerPath))
        {
            return;
        }

        Console.WriteLine("rabbitmq-server is missing: apt-get install -y rabbitmq-server ...");
        var (exitCode, output) = await RunAsync("apt-get", ["install", "-y", "rabbitmq-server"], TimeSpan.FromMinutes(10));
        if (exitCode != 0 || !File.Exists(ServerPath))
        {
            throw new InvalidOperationException($"Could not install rabbitmq-server (apt-get exited with {exitCode}); install it and run again:\n{output}");
        }

        // Debian starts a node of its own on the standard ports when it installs the package; this benchmark uses its own.
        await RunAsync("systemctl", ["stop", "rabbitmq-server"], TimeSpan.FromSeconds(30));
    }

    public static async Task<RabbitNode> StartAsync(CancellationToken ct)
    {
        await EnsureInstalledAsync();
        var (amqpPort, distributionPort) = FreePorts();
        var nodeName = $"jobagg-bench-{RandomNumberGenerator.GetHexString(8, lowercase: true)}@localhost";
        // Its own cookie on the command line: Debian's script resets HOME to /var/lib/rabbitmq, and parallel nodes must
        // not race to create the rabbitmq user's ~/.erlang.cookie.
        var cookie = RandomNumberGenerator.GetHexString(32);
        var directory = Directory.CreateTempSubdirectory("jobaggregator-bench-rabbitmq-").FullName;
        var config = WriteNodeFiles(directory, amqpPort);
        if (Environment.IsPrivilegedProcess)
        {
            // Debian's rabbitmq-server drops from root to the rabbitmq user, which must own the node's folders.
            await RunAsync("chown", ["-R", "rabbitmq:rabbitmq", directory], TimeSpan.FromSeconds(10));
        }

        var start = new ProcessStartInfo(ServerPath)
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
                ["RABBITMQ_CONFIG_FILE"] = config,
                // Keeps the machine's /etc/rabbitmq/rabbitmq-env.conf (node name, ports) out of this node.
                ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(directory, "rabbitmq-env.conf"),
                ["RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS"] = $"-setcookie {cookie} -kernel inet_dist_use_interface {{127,0,0,1}}",
                ["ERL_EPMD_ADDRESS"] = "127.0.0.1",
            },
        };
        var output = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new RabbitNode(process, directory, cookie, output, nodeName, amqpPort);
        try
        {
            await node.WaitUntilReadyAsync(ct);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            var rabbitmqctl = Path.Combine(Path.GetDirectoryName(ServerPath)!, "rabbitmqctl");
            await RunAsync(rabbitmqctl, ["-n", NodeName, "--erlang-cookie", _cookie, "stop"], StopPatience);
            using var patience = new CancellationTokenSource(StopPatience);
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                // Its data is thrown away, so killing it loses nothing.
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still held by a process that is going away; the temporary folder is cleaned by the system.
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(ct);
        patience.CancelAfter(StartPatience);
        var factory = ConnectionFactory();
        string? lastProblem = null;
        while (!patience.IsCancellationRequested)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"RabbitMQ node {NodeName} exited with code {_process.ExitCode} while starting:\n{string.Join('\n', _output)}");
            }

            try
            {
                await using var connection = await factory.CreateConnectionAsync(patience.Token);
                await connection.CloseAsync(patience.Token);
                return;
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or RabbitMQ.Client.Exceptions.BrokerUnreachableException)
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
        throw new TimeoutException($"RabbitMQ node {NodeName} did not answer on port {AmqpPort} within {StartPatience.TotalSeconds} s ({lastProblem}):\n{string.Join('\n', _output)}");
    }

    private static string WriteNodeFiles(string directory, int amqpPort)
    {
        Directory.CreateDirectory(Path.Combine(directory, "mnesia"));
        Directory.CreateDirectory(Path.Combine(directory, "log"));
        File.WriteAllText(Path.Combine(directory, "enabled_plugins"), "[].\n");
        File.WriteAllText(Path.Combine(directory, "rabbitmq-env.conf"), "");
        var config = Path.Combine(directory, "rabbitmq.conf");
        // Classic queues of version 2 (RabbitMQ 3.10 and later; the default from 4.0), for the pipeline's queues and the
        // baseline's alike: a message read back from a backlog costs the broker about a fifth less than with version 1
        // (README, "Pipeline benchmark"; `-- rabbit-queues`).
        File.WriteAllText(config, $"""
            listeners.tcp.default = 127.0.0.1:{amqpPort}
            default_user = {User}
            default_pass = {Password}
            classic_queue.default_version = 2

            """);
        return config;
    }

    private static (int Amqp, int Distribution) FreePorts()
    {
        // Both bound at once, so they differ.
        using var amqp = new TcpListener(IPAddress.Loopback, 0);
        using var distribution = new TcpListener(IPAddress.Loopback, 0);
        amqp.Start();
        distribution.Start();
        return (((IPEndPoint)amqp.LocalEndpoint).Port, ((IPEndPoint)distribution.LocalEndpoint).Port);
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 100 && output.TryDequeue(out _))
        {
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        try
        {
            using var process = Process.Start(start)!;
            using var patience = new CancellationTokenSource(timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(patience.Token);
            var stderr = process.StandardError.ReadToEndAsync(patience.Token);
            try
            {
                await process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                return (-1, $"{fileName} did not finish within {timeout.TotalSeconds} s");
            }

            return (process.ExitCode, await stdout + await stderr);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
