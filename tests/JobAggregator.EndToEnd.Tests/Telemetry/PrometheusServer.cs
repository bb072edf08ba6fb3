using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using JobAggregator.EndToEnd.Tests.Distributed;

namespace JobAggregator.EndToEnd.Tests.Telemetry;

/// <summary>A throwaway Prometheus server of the installed package (Debian's prometheus), on a free loopback port with
/// a configuration and a data folder of its own, scraping the given targets every second. Disposing it stops the server
/// and deletes its data.</summary>
internal sealed class PrometheusServer : IAsyncDisposable
{
    public const string Binary = "/usr/bin/prometheus";
    private static readonly TimeSpan StartPatience = TimeSpan.FromMinutes(1);

    private readonly Process _process;
    private readonly string _directory;
    private readonly ConcurrentQueue<string> _output;

    private PrometheusServer(Process process, string directory, ConcurrentQueue<string> output, Uri address)
    {
        _process = process;
        _directory = directory;
        _output = output;
        Api = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
    }

    public HttpClient Api { get; }

    /// <param name="job">The scrape job's name, which Prometheus puts on every series it scrapes as <c>job</c>.</param>
    /// <param name="target">host:port of a server answering /metrics.</param>
    public static async Task<PrometheusServer> StartAsync(string job, string target, CancellationToken ct)
    {
        if (!File.Exists(Binary))
        {
            throw new InvalidOperationException($"{Binary} is not installed: run ./test.sh, which installs it (apt-get install -y prometheus, as root)");
        }

        var directory = Directory.CreateTempSubdirectory("jobaggregator-prometheus-").FullName;
        var config = Path.Combine(directory, "prometheus.yml");
        await File.WriteAllTextAsync(config, $"""
            global:
              scrape_interval: 1s
            scrape_configs:
              - job_name: {job}
                metrics_path: /metrics
                static_configs:
                  - targets: ["{target}"]
            """, ct);
        var port = HostProcess.FreePort();
        var start = new ProcessStartInfo(Binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            $"--config.file={config}",
            $"--storage.tsdb.path={Path.Combine(directory, "data")}",
            $"--web.listen-address=127.0.0.1:{port}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{Binary} did not start");
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new PrometheusServer(process, directory, output, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await server.WaitUntilReadyAsync(ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>An instant query through the HTTP API (/api/v1/query): each series' labels and value.</summary>
    public async Task<IReadOnlyList<(IReadOnlyDictionary<string, string> Labels, double Value)>> QueryAsync(string promQl, CancellationToken ct)
    {
        var answer = await Api.GetFromJsonAsync<JsonElement>($"api/v1/query?query={Uri.EscapeDataString(promQl)}", ct);
        if (answer.GetProperty("status").GetString() != "success")
        {
            throw new InvalidOperationException($"Prometheus refused '{promQl}': {answer}");
        }

        return answer.GetProperty("data").GetProperty("result").EnumerateArray()
            .Select(series => (
                (IReadOnlyDictionary<string, string>)series.GetProperty("metric").EnumerateObject().ToDictionary(label => label.Name, label => label.Value.GetString() ?? ""),
                double.Parse(series.GetProperty("value")[1].GetString()!, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
    }

    /// <summary>The last lines the server wrote: for a test that gives up.</summary>
    public string Describe() => $"--- prometheus ({(_process.HasExited ? $"exited with code {_process.ExitCode}" : "running")}):\n"
        + string.Join('\n', _output.TakeLast(30));

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held as the process goes; the temp folder is cleaned by the OS.
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken ct)
    {
        var deadline = DateTimeOffset.UtcNow + StartPatience;
        while (DateTimeOffset.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Prometheus exited at start-up.\n{Describe()}");
            }

            try
            {
                if ((await Api.GetAsync("-/ready", ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, ct);
        }

        throw new TimeoutException($"Prometheus was not ready within {StartPatience}.\n{Describe()}");
    }

    private static void Keep(ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200)
        {
            output.TryDequeue(out _);
        }
    }
}
