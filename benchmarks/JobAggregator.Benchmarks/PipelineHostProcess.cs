using System.Diagnostics;
using System.Globalization;

namespace JobAggregator.Benchmarks;

/// <summary>The product's Host, built beside this benchmark, run as its own process (all roles, in-memory bus or
/// RabbitMQ, SQLite in <paramref name="folder"/>) so its memory is measured alone.</summary>
internal sealed class PipelineHostProcess : IAsyncDisposable
{
    private static readonly Lock LogLock = new();
    private readonly Process _process;
    private readonly Timer _sampler;
    private long _peakRssBytes;

    /// <summary>The operators' API key the Host is started with, for "scrape now".</summary>
    public const string ApiKey = "pipeline-benchmark-key-0123456789abcdef";

    private readonly string _folder;

    private PipelineHostProcess(Process process, string folder, Uri baseUrl)
    {
        _process = process;
        _folder = folder;
        BaseUrl = baseUrl;
        _sampler = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));
    }

    /// <summary>Highest resident set size sampled every 250 ms (and the kernel's high-water mark at the last sample).</summary>
    public long PeakRssBytes => Interlocked.Read(ref _peakRssBytes);

    public bool HasExited => _process.HasExited;

    /// <summary>Where the Host's HTTP endpoints answer.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The last lines of the Host's log.</summary>
    public IEnumerable<string> LogTail(int lines)
    {
        var log = Path.Combine(_folder, "host.log");
        return File.Exists(log) ? File.ReadLines(log).TakeLast(lines) : [];
    }

    public static PipelineHostProcess Start(string folder, string sourcesPath, IEnumerable<string> moreSettings)
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
        var log = Path.Combine(folder, "host.log");
        _ = CopyAsync(process.StandardOutput, log);
        _ = CopyAsync(process.StandardError, log);
        return new PipelineHostProcess(process, folder, baseUrl);
    }

    public async ValueTask DisposeAsync()
    {
        await _sampler.DisposeAsync();
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

    private void Sample()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal) || line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
                    var bytes = kilobytes * 1024;
                    long seen;
                    while (bytes > (seen = Interlocked.Read(ref _peakRssBytes)) && Interlocked.CompareExchange(ref _peakRssBytes, bytes, seen) != seen)
                    {
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            // The process has exited.
        }
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
