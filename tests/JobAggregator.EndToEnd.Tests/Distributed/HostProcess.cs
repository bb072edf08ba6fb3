using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace JobAggregator.EndToEnd.Tests.Distributed;

/// <summary>One JobAggregator Host running as its own operating-system process, as a container would run it.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostProcess(string name, Process process, Uri address)
    {
        Name = name;
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Name { get; }
    public Uri Address { get; }
    public bool HasExited => _process.HasExited;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts the Host with <paramref name="settings"/> as command-line settings and waits until it answers
    /// /health/ready.</summary>
    public static async Task<HostProcess> StartAsync(string name, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        const int Attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnFreePortAsync(name, settings, cancellationToken);
            }
            catch (InvalidOperationException exited) when (attempt < Attempts && exited.Message.Contains("address already in use", StringComparison.Ordinal))
            {
                // Another process took the free port between its choice and the Host binding it: choose another.
            }
        }
    }

    private static async Task<HostProcess> StartOnFreePortAsync(string name, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "JobAggregator.Host.dll"));
        foreach (var (key, value) in settings.Append(new("Urls", $"http://127.0.0.1:{port}")))
        {
            start.ArgumentList.Add($"--{key}");
            start.ArgumentList.Add(value);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name}: dotnet did not start");
        var host = new HostProcess(name, process, new Uri($"http://127.0.0.1:{port}"));
        try
        {
            await host.WaitUntilReadyAsync(cancellationToken);
        }
        catch
        {
            // The caller never gets the host to dispose: a process left running would hold its ports and CPU for the
            // rest of the suite.
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Ends the process at once, as a crash or an OOM kill would: nothing is acknowledged on the way out.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        var patience = TimeSpan.FromMinutes(3);
        var deadline = DateTimeOffset.UtcNow + patience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with code {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await http.GetAsync("/health/ready", cancellationToken)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Listening, but too busy starting to answer within the request's timeout: ask again.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"{Name} did not answer /health/ready within {patience.TotalSeconds:0} s:\n{Output}");
    }

    /// <summary>Whether it still runs, and the last lines it wrote: for a test that gives up.</summary>
    public string Describe(int lines = 40)
    {
        var state = _process.HasExited ? $"exited with code {_process.ExitCode}" : "running";
        var tail = Output.Split('\n').TakeLast(lines);
        return $"--- {Name} ({state}), last {lines} lines:\n{string.Join('\n', tail)}";
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
