using System.Diagnostics;
using System.Globalization;

namespace JobAggregator.Benchmarks;

/// <summary>The product's Host, built beside this benchmark, run as its own process (every role or some, in-memory bus
/// or RabbitMQ, SQLite in the benchmark's folder) so its memory and CPU time are measured alone.</summary>
internal sealed class PipelineHostProcess : IAsyncDisposable
{
    private static readonly Lock LogLock = new();
    private readonly Process _process;

    /// <summary>The operators' API key the Host is started with, for "scrape now".</summary>
    public const string ApiKey = "pipeline-benchmark-key-0123456789abcdef";

    private readonly string _log;

    private PipelineHostProcess(string name, Process process, string log, Uri baseUrl)
    {
        Name = name;
        _process = process;
        _log = log;
        BaseUrl = baseUrl;
    }

    /// <summary>What it runs, as the benchmark prints it ("all", "store", "normalizer-2", ...).</summary>
    public string Name { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Where the Host's HTTP endpoints answer.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The last lines of the Host's log.</summary>
    public IEnumerable<string> LogTail(int lines) => File.Exists(_log) ? File.ReadLines(_log).TakeLast(lines) : [];

    /// <summary>Waits until the Host answers <c>/health/ready</c>: its bus is connected and its consumers listen.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan patience, CancellationToken ct)
    {
        using var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < patience)
        {
            if (HasExited)
            {
                throw new InvalidOperationException($"The Host '{Name}' exited while starting; its log ends:{Environment.NewLine}{string.Join(Environment.NewLine, LogTail(20))}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health/ready", UriKind.Relative), ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // Listening, but too busy starting to answer in time.
            }

            await Task.Delay(250, ct);
        }

        throw new TimeoutException($"The Host '{Name}' did not answer /health/ready within {patience.TotalSeconds:N0} s; its log ends:{Environment.NewLine}{string.Join(Environment.NewLine, LogTail(20))}");
    }

    /// <param name="name">What it runs; its log is <c>{name}.log</c> in <paramref name="folder"/>.</param>
    public static PipelineHostProcess Start(string name, string folder, string sourcesPath, IEnumerable<string> moreSettings)
    {
        var hostDll = HostAssembly();
        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] settings =
        [
            hostDll,
            "--Urls", baseUrl.GetLeftPart(UriPartial.Authority),
            "--Admin:ApiKeys:0:Name", "pipeline-benchmark",
            "--Admin:ApiKeys:0:Key", ApiKey,
            "--SampleSites:Enabled", "false",
            "--Sources:Path", sourcesPath,
            "--Store:Provider", "sqlite",
            "--Store:SqlitePath", Path.Combine(folder, "jobs.db"),
            "--Scheduler:MaxJitterSeconds", "0",
            "--Scheduler:ScrapeOnStart", "true",
            "--Scraper:MinDelayPerHostMilliseconds", "0",
            "--Scraper:MaxResponseBytes", (100L * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
            "--Scraper:MaxTransferBytes", (100L * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
            "--Scraper:MaxPostingsPerRun", "100000",
            "--Logging:LogLevel:Default", "Warning",
            .. moreSettings,
        ];
        foreach (var setting in settings)
        {
            start.ArgumentList.Add(setting);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start the Host.");
        var log = Path.Combine(folder, $"{name}.log");
        _ = CopyAsync(process.StandardOutput, log);
        _ = CopyAsync(process.StandardError, log);
        return new PipelineHostProcess(name, process, log, baseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            // SIGTERM: the Host stops as in production, its store closing the database cleanly.
            Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)])?.WaitForExit();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task CopyAsync(StreamReader from, string path)
    {
        string? line;
        while ((line = await from.ReadLineAsync()) is not null)
        {
            lock (LogLock)
            {
                File.AppendAllText(path, line + Environment.NewLine);
            }
        }
    }

    /// <summary>The Host's assembly built in the same configuration as this benchmark (the project reference builds it).</summary>
    private static string HostAssembly()
    {
        var own = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = own.Name;
        var configuration = own.Parent!.Name;
        var root = own;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "JobAggregator.sln")))
        {
            root = root.Parent;
        }

        var dll = root is null
            ? null
            : Path.Combine(root.FullName, "services", "JobAggregator.Host", "bin", configuration, framework, "JobAggregator.Host.dll");
        return dll is not null && File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The Host is not built at {dll ?? "(no JobAggregator.sln above " + own.FullName + ")"}; run the benchmark with `dotnet run -c Release --project benchmarks/JobAggregator.Benchmarks`.");
    }
}
