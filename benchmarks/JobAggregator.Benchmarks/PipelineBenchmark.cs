using System.Diagnostics;
using System.Globalization;

namespace JobAggregator.Benchmarks;

/// <summary>The pipeline end to end (<c>dotnet run -c Release -- pipeline [--postings N] [--organisations O]
/// [--max-seconds S]</c>): a synthetic board of N postings over O organisations served on loopback, the Host run as
/// its own process (one process, in-memory bus, SQLite in a temporary folder) with a source per organisation. Prints
/// postings/s stored for the first import, for a re-read of the same unchanged postings by the same Host (asked with
/// the operators' "scrape now"), and for a re-read by the Host started again on the same database, the lag from scrape to stored (p50/p99), the Host's peak RSS and the database's size. Asserts
/// nothing.</summary>
internal static class PipelineBenchmark
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    public static async Task RunAsync(string[] args)
    {
        var postings = Option(args, "--postings", 10_000);
        var organisations = Option(args, "--organisations", 200);
        var patience = TimeSpan.FromSeconds(Option(args, "--max-seconds", 1800));
        if (postings < 1 || organisations < 1 || organisations > postings)
        {
            throw new ArgumentException("--postings and --organisations must be positive, with no more organisations than postings.", nameof(args));
        }

        var transport = OptionText(args, "--transport") ?? "inmemory";
        if (transport != "inmemory")
        {
            throw new ArgumentException($"--transport {transport} is not measured yet; only the in-memory bus is.", nameof(args));
        }

        var folder = Directory.CreateTempSubdirectory("jobaggregator-pipeline-bench-").FullName;
        try
        {
            Console.WriteLine($"Generating a board of {postings:N0} postings over {organisations:N0} organisations ...");
            await using var board = await PipelineBoard.StartAsync(postings, organisations);
            var sources = Path.Combine(folder, "sources.yml");
            await File.WriteAllTextAsync(sources, board.SourcesYaml());
            var watch = new PipelineStoreWatch(Path.Combine(folder, "jobs.db"));
            Console.WriteLine($"Host in {folder}; {Environment.ProcessorCount} processors; load {Load()}.");

            Phase? again = null;
            var import = await MeasureAsync(
                "first import",
                board,
                folder,
                sources,
                patience,
                postings,
                async () =>
                {
                    await watch.PollNewAsync();
                    return watch.Stored;
                },
                async host => again = await MeasureAgainAsync(host, board, watch, patience, postings));
            var lag = watch.LagMilliseconds.Order().ToArray();
            var reReadFrom = DateTimeOffset.UtcNow;
            var reRead = await MeasureAsync("re-read unchanged", board, folder, sources, patience, postings, () => watch.SeenSinceAsync(reReadFrom), null);

            Console.WriteLine();
            Console.WriteLine($"pipeline: {postings:N0} postings, {organisations:N0} organisations, one process, in-memory bus, SQLite; load after: {Load()}");
            Console.WriteLine($"{"phase",-20} {"stored",9} {"seconds",8} {"postings/s",11} {"lag p50 s",10} {"lag p99 s",10} {"peak RSS MB",12} {"db MB",7}");
            Print("first import", import, Percentile(lag, 0.50) / 1000, Percentile(lag, 0.99) / 1000);
            if (again is not null)
            {
                Print("re-read, same Host", again, null, null);
            }

            Print("re-read unchanged", reRead, null, null);
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private sealed record Phase(long Stored, double Seconds, long PeakRssBytes, long DatabaseBytes);

    /// <summary>Starts the Host, waits until <paramref name="stored"/> reaches <paramref name="expected"/> (or the
    /// patience runs out), and stops it.</summary>
    /// <param name="beforeStop">Run with the Host still up once the phase is measured, when it completed.</param>
    private static async Task<Phase> MeasureAsync(
        string name,
        PipelineBoard board,
        string folder,
        string sources,
        TimeSpan patience,
        long expected,
        Func<Task<long>> stored,
        Func<PipelineHostProcess, Task>? beforeStop)
    {
        board.ResetFirstRequest();
        await using var host = PipelineHostProcess.Start(folder, sources, []);
        var (count, seconds) = await WaitForAsync(name, host, board, patience, expected, stored);
        var phase = new Phase(count, seconds, host.PeakRssBytes, new PipelineStoreWatch(Path.Combine(folder, "jobs.db")).SizeBytes());
        if (count >= expected && beforeStop is not null)
        {
            await beforeStop(host);
        }

        return phase;
    }

    /// <summary>Asks the running Host to read every board again (the operators' "scrape now"), as a scheduled run does:
    /// the scraper knows what it published, so only what changed goes on to the normaliser and the store.</summary>
    private static async Task<Phase> MeasureAgainAsync(
        PipelineHostProcess host, PipelineBoard board, PipelineStoreWatch watch, TimeSpan patience, long expected)
    {
        const string name = "re-read, same Host";
        var from = DateTimeOffset.UtcNow;
        board.ResetFirstRequest();
        using var client = new HttpClient { BaseAddress = host.BaseUrl };
        client.DefaultRequestHeaders.Add("X-Api-Key", PipelineHostProcess.ApiKey);
        for (var organisation = 0; organisation < board.Organisations; organisation++)
        {
            using var response = await client.PostAsync(new Uri($"api/admin/sources/{PipelineBoard.SourceId(organisation)}/scrape", UriKind.Relative), null);
            response.EnsureSuccessStatusCode();
        }

        var (count, seconds) = await WaitForAsync(name, host, board, patience, expected, () => watch.SeenSinceAsync(from));
        return new Phase(count, seconds, host.PeakRssBytes, 0);
    }

    /// <summary>Polls <paramref name="stored"/> until it reaches <paramref name="expected"/> or the patience runs out.
    /// The clock starts when the board first answers, so start-up is not counted.</summary>
    private static async Task<(long Count, double Seconds)> WaitForAsync(
        string name, PipelineHostProcess host, PipelineBoard board, TimeSpan patience, long expected, Func<Task<long>> stored)
    {
        var started = Stopwatch.StartNew();
        long count = 0;
        long lastReport = 0;
        while (started.Elapsed < patience && !host.HasExited)
        {
            await Task.Delay(PollEvery);
            count = await stored();
            if (count >= expected)
            {
                break;
            }

            if (Stopwatch.GetElapsedTime(lastReport) > TimeSpan.FromSeconds(10))
            {
                lastReport = Stopwatch.GetTimestamp();
                Console.WriteLine($"  {name}: {count:N0} of {expected:N0} after {started.Elapsed.TotalSeconds:N0} s");
            }
        }

        var end = Stopwatch.GetTimestamp();
        var first = board.FirstRequestTicks;
        var seconds = first == 0 ? double.NaN : Stopwatch.GetElapsedTime(first, end).TotalSeconds;
        if (host.HasExited)
        {
            var tail = host.LogTail(20);
            throw new InvalidOperationException($"The Host exited during the {name}; its log ends:{Environment.NewLine}{string.Join(Environment.NewLine, tail)}");
        }

        return (count, seconds);
    }

    private static void Print(string name, Phase phase, double? lagP50, double? lagP99) =>
        Console.WriteLine(
            $"{name,-20} {phase.Stored,9:N0} {phase.Seconds,8:N1} {phase.Stored / phase.Seconds,11:N0} {Figure(lagP50),10} {Figure(lagP99),10} {phase.PeakRssBytes / 1024.0 / 1024.0,12:N0} {phase.DatabaseBytes / 1024.0 / 1024.0,7:N1}");

    private static string Figure(double? value) => value is { } v ? v.ToString("N2", CultureInfo.InvariantCulture) : "-";

    private static double Percentile(double[] sorted, double share) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static int Option(string[] args, string name, int fallback) =>
        OptionText(args, name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
