using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace JobAggregator.Benchmarks;

/// <summary>The pipeline end to end (<c>dotnet run -c Release -- pipeline [--postings N] [--organisations O]
/// [--max-seconds S] [--transport inmemory|rabbitmq] [--normalizers K]</c>): a synthetic board of N postings over O
/// organisations served on loopback, the Host run as its own process with a source per organisation (one process on the
/// in-memory bus; or, with <c>--transport rabbitmq</c>, each role its own process over a throwaway RabbitMQ node, K
/// normalizers), SQLite in a temporary folder. Prints postings/s stored for the first import, for a re-read of the same
/// unchanged postings by the same Host (asked with the operators' "scrape now"), and for a re-read by the Host started
/// again on the same database, the lag from scrape to stored (p50/p99), peak RSS summed over the processes and per
/// process, CPU seconds per process and the database's size; over RabbitMQ also a raw RabbitMQ.Client baseline on the
/// same node (<see cref="RabbitBaseline"/>) and the pipeline's ratio to it. Asserts nothing.</summary>
internal static class PipelineBenchmark
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    public static async Task RunAsync(string[] args)
    {
        var postings = CommandOption.Int(args, "--postings", 10_000);
        var organisations = CommandOption.Int(args, "--organisations", 200);
        var patience = TimeSpan.FromSeconds(CommandOption.Int(args, "--max-seconds", 1800));
        if (postings < 1 || organisations < 1 || organisations > postings)
        {
            throw new ArgumentException("--postings and --organisations must be positive, with no more organisations than postings.", nameof(args));
        }

        var transport = CommandOption.Text(args, "--transport") ?? "inmemory";
        if (transport is not ("inmemory" or "rabbitmq"))
        {
            throw new ArgumentException($"--transport: '{transport}' is not a transport; use inmemory or rabbitmq.", nameof(args));
        }

        var distributed = transport == "rabbitmq";
        var normalizers = CommandOption.Int(args, "--normalizers", 1);
        if (normalizers is < 1 or > 16 || (!distributed && CommandOption.Text(args, "--normalizers") is not null))
        {
            throw new ArgumentException("--normalizers must be 1 to 16, and goes with --transport rabbitmq (the in-memory bus runs one process).", nameof(args));
        }

        // Ctrl+C or a SIGTERM stops the measuring; the finally blocks stop every process this run started.
        using var stop = new CancellationTokenSource();
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var ct = stop.Token;

        var folder = Directory.CreateTempSubdirectory("jobaggregator-pipeline-bench-").FullName;
        try
        {
            Console.WriteLine($"uptime at the start: {await WrkLoad.UptimeAsync()}");
            Console.WriteLine($"Generating a board of {postings:N0} postings over {organisations:N0} organisations ...");
            await using var board = await PipelineBoard.StartAsync(postings, organisations);
            var sources = Path.Combine(folder, "sources.yml");
            await File.WriteAllTextAsync(sources, board.SourcesYaml(), ct);
            var watch = new PipelineStoreWatch(Path.Combine(folder, "jobs.db"));
            Console.WriteLine($"Hosts in {folder}; {Environment.ProcessorCount} processors; load {Load()}.");

            await using var broker = distributed ? await StartBrokerAsync(ct) : null;
            await using var depths = broker is null ? null : new RabbitQueueDepths(broker);
            var baselines = new List<RabbitBaseline.Figures>();
            RabbitSample? sample = null;
            if (broker is not null)
            {
                sample = await RabbitSample.CaptureAsync(broker, organisations, ct);
                // Unmeasured: the client's code compiled and the broker's queue process warm, as they are for the pipeline.
                await RabbitBaseline.MeasureAsync(broker, sample, Math.Min(postings, 1_000), patience, ct);
                baselines.Add(await MeasureBaselineAsync(broker, sample, postings, patience, ct));
            }

            var run = new Run(board, folder, patience, postings, depths, ct);

            Task<PipelineHosts> StartHostsAsync() => broker is null
                ? Task.FromResult(PipelineHosts.StartInMemory(folder, sources))
                : PipelineHosts.StartDistributedAsync(folder, sources, broker, normalizers, ct);

            Phase? again = null;
            var import = await MeasureAsync(
                "first import",
                run,
                StartHostsAsync,
                async () =>
                {
                    await watch.PollNewAsync();
                    return watch.Stored;
                },
                async hosts => again = await MeasureAgainAsync(hosts, run, watch));
            var lag = watch.LagMilliseconds.Order().ToArray();
            var reReadFrom = DateTimeOffset.UtcNow;
            var reRead = await MeasureAsync("re-read unchanged", run, StartHostsAsync, () => watch.SeenSinceAsync(reReadFrom), null);
            if (broker is not null && sample is not null)
            {
                baselines.Add(await MeasureBaselineAsync(broker, sample, postings, patience, ct));
            }

            Console.WriteLine();
            Console.WriteLine(distributed
                ? $"pipeline: {postings:N0} postings, {organisations:N0} organisations, RabbitMQ: each role its own process, {normalizers} normalizer{(normalizers == 1 ? "" : "s")}, SQLite; load after: {Load()}"
                : $"pipeline: {postings:N0} postings, {organisations:N0} organisations, one process, in-memory bus, SQLite; load after: {Load()}");
            Console.WriteLine($"{"phase",-20} {"stored",9} {"seconds",8} {"postings/s",11} {"lag p50 s",10} {"lag p99 s",10} {"peak RSS MB",12} {"db MB",7}{(distributed ? $" {"x baseline",11}" : "")}");
            var best = baselines.Count == 0 ? (double?)null : baselines.Max(b => b.PerSecond);
            Print("first import", import, Percentile(lag, 0.50) / 1000, Percentile(lag, 0.99) / 1000, best);
            if (again is not null)
            {
                Print("re-read, same Host", again, null, null, best);
            }

            Print("re-read unchanged", reRead, null, null, best);
            PrintUsage([("first import", import), .. again is null ? [] : new[] { ("re-read, same Host", again) }, ("re-read unchanged", reRead)]);
            if (depths is not null)
            {
                Console.WriteLine($"most messages ready in a queue (seen every 10 s): {string.Join(", ", depths.Peaks.Select(p => $"{p.Key} {p.Value:N0}"))}");
            }

            if (sample is not null)
            {
                Console.WriteLine();
                Console.WriteLine($"raw RabbitMQ.Client baseline on the same node: {postings:N0} persistent messages of {sample.Body.Length:N0} bytes (a {sample.MessageType} as MassTransit sends it), one durable queue (a classic queue of version 2, the node's default, as the pipeline's), one publisher awaiting confirms per {RabbitBaseline.PublishBatch}, one consumer (prefetch {RabbitBaseline.Prefetch}) acking each");
                foreach (var (figures, when) in baselines.Zip(["before the pipeline", "after the pipeline"]))
                {
                    Console.WriteLine($"  {when,-20} {figures.Seconds,8:N1} s {figures.PerSecond,10:N0} messages/s; CPU ms per message: {1000 * figures.ClientCpuSeconds / figures.Messages:N2} client, {1000 * figures.BrokerCpuSeconds / figures.Messages:N2} broker");
                }

                Console.WriteLine($"  'x baseline' is postings/s over the faster of the two.");

                // CPU time moves far less with the machine's load than the clock: what the pipeline would carry beside the
                // baseline on a machine with nothing else to do.
                var baselineCpuMs = baselines.Min(b => 1000 * (b.ClientCpuSeconds + b.BrokerCpuSeconds) / b.Messages);
                var importCpuMs = 1000 * import.Usage.Sum(u => u.CpuSeconds) / Math.Max(1, import.Stored);
                Console.WriteLine($"  CPU ms per message: baseline {baselineCpuMs:N2} (client and broker, the cheaper run), pipeline's first import {importCpuMs:N2} per posting: {baselineCpuMs / importCpuMs:N3}x baseline by CPU");
            }

            Console.WriteLine($"uptime at the end: {await WrkLoad.UptimeAsync()}");
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            Console.WriteLine("Stopped before the end; every process it started has been stopped.");
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

        void Stop(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>What every phase of one run shares.</summary>
    private sealed record Run(PipelineBoard Board, string Folder, TimeSpan Patience, long Expected, RabbitQueueDepths? Depths, CancellationToken Ct);

    private sealed record Phase(long Stored, double Seconds, long PeakRssBytes, long DatabaseBytes, IReadOnlyList<(string Name, long PeakBytes, double CpuSeconds)> Usage);

    private static async Task<RabbitNode> StartBrokerAsync(CancellationToken ct)
    {
        Console.WriteLine("Starting a throwaway RabbitMQ node ...");
        var node = await RabbitNode.StartAsync(ct);
        Console.WriteLine($"RabbitMQ node {node.NodeName} on 127.0.0.1:{node.AmqpPort}.");
        return node;
    }

    private static async Task<RabbitBaseline.Figures> MeasureBaselineAsync(RabbitNode broker, RabbitSample sample, int messages, TimeSpan patience, CancellationToken ct)
    {
        var figures = await RabbitBaseline.MeasureAsync(broker, sample, messages, patience, ct);
        Console.WriteLine($"  raw RabbitMQ.Client baseline: {figures.Messages:N0} messages in {figures.Seconds:N1} s, {figures.PerSecond:N0}/s");
        return figures;
    }

    /// <summary>Starts the Hosts, waits until <paramref name="stored"/> reaches <paramref name="expected"/> (or the
    /// patience runs out), and stops them.</summary>
    /// <param name="beforeStop">Run with the Hosts still up once the phase is measured, when it completed.</param>
    private static async Task<Phase> MeasureAsync(
        string name, Run run, Func<Task<PipelineHosts>> start, Func<Task<long>> stored, Func<PipelineHosts, Task>? beforeStop)
    {
        run.Board.ResetFirstRequest();
        await using var hosts = await start();
        var (count, seconds) = await WaitForAsync(name, hosts, run, stored, markPhaseStart: true);
        var phase = new Phase(count, seconds, hosts.PeakTotalBytes, new PipelineStoreWatch(Path.Combine(run.Folder, "jobs.db")).SizeBytes(), hosts.Usage());
        if (count >= run.Expected && beforeStop is not null)
        {
            await beforeStop(hosts);
        }

        return phase;
    }

    /// <summary>Asks the running Hosts to read every board again (the operators' "scrape now"), as a scheduled run
    /// does: the scraper knows what it published, so only what changed goes on to the normaliser and the store.</summary>
    private static async Task<Phase> MeasureAgainAsync(PipelineHosts hosts, Run run, PipelineStoreWatch watch)
    {
        const string name = "re-read, same Host";
        var (board, ct) = (run.Board, run.Ct);
        var from = DateTimeOffset.UtcNow;
        board.ResetFirstRequest();
        hosts.MarkPhaseStart();
        using var client = new HttpClient { BaseAddress = hosts.Api.BaseUrl };
        client.DefaultRequestHeaders.Add("X-Api-Key", PipelineHostProcess.ApiKey);
        for (var organisation = 0; organisation < board.Organisations; organisation++)
        {
            using var response = await client.PostAsync(new Uri($"api/admin/sources/{PipelineBoard.SourceId(organisation)}/scrape", UriKind.Relative), null, ct);
            response.EnsureSuccessStatusCode();
        }

        var (count, seconds) = await WaitForAsync(name, hosts, run, () => watch.SeenSinceAsync(from), markPhaseStart: false);
        return new Phase(count, seconds, hosts.PeakTotalBytes, 0, hosts.Usage());
    }

    /// <summary>Polls <paramref name="stored"/> until it reaches the expected count or the patience runs out. The
    /// clock starts when the board first answers, so start-up is not counted.</summary>
    /// <param name="markPhaseStart">Start counting CPU time then too (the Hosts were started for this phase).</param>
    private static async Task<(long Count, double Seconds)> WaitForAsync(
        string name, PipelineHosts hosts, Run run, Func<Task<long>> stored, bool markPhaseStart)
    {
        var (board, patience, expected, ct) = (run.Board, run.Patience, run.Expected, run.Ct);
        var started = Stopwatch.StartNew();
        long count = 0;
        long lastReport = 0;
        var phaseStarted = !markPhaseStart;
        while (started.Elapsed < patience && !hosts.AnyExited)
        {
            await Task.Delay(PollEvery, ct);
            if (!phaseStarted && board.FirstRequestTicks != 0)
            {
                hosts.MarkPhaseStart();
                phaseStarted = true;
            }

            count = await stored();
            if (count >= expected)
            {
                break;
            }

            if (Stopwatch.GetElapsedTime(lastReport) > TimeSpan.FromSeconds(10))
            {
                lastReport = Stopwatch.GetTimestamp();
                var queues = run.Depths is null ? "" : $"; ready: {await run.Depths.DescribeAsync(ct)}";
                Console.WriteLine($"  {name}: {count:N0} of {expected:N0} after {started.Elapsed.TotalSeconds:N0} s{queues}");
            }
        }

        var end = Stopwatch.GetTimestamp();
        var first = board.FirstRequestTicks;
        var seconds = first == 0 ? double.NaN : Stopwatch.GetElapsedTime(first, end).TotalSeconds;
        if (hosts.AnyExited)
        {
            throw new InvalidOperationException($"A Host exited during the {name}; its log ends:{Environment.NewLine}{string.Join(Environment.NewLine, hosts.LogTails(20))}");
        }

        return (count, seconds);
    }

    /// <summary>Peak RSS and CPU seconds of each process in each phase: where the time and the memory go.</summary>
    private static void PrintUsage(IReadOnlyList<(string Name, Phase Phase)> phases)
    {
        Console.WriteLine();
        Console.WriteLine($"{"per process: peak RSS MB / CPU s",-34}{string.Concat(phases.Select(p => $" {p.Name,22}"))}");
        foreach (var process in phases[0].Phase.Usage.Select(u => u.Name))
        {
            var cells = phases.Select(p => p.Phase.Usage.FirstOrDefault(u => u.Name == process) is { Name: not null } u
                ? $"{u.PeakBytes / 1024.0 / 1024.0,10:N0} / {u.CpuSeconds,9:N1}"
                : $"{"-",22}");
            Console.WriteLine($"{process,-34}{string.Concat(cells.Select(c => $" {c,22}"))}");
        }

        var totals = phases.Select(p => $"{p.Phase.Usage.Sum(u => u.PeakBytes) / 1024.0 / 1024.0,10:N0} / {p.Phase.Usage.Sum(u => u.CpuSeconds),9:N1}");
        Console.WriteLine($"{"sum",-34}{string.Concat(totals.Select(c => $" {c,22}"))}");
        // CPU time per posting does not move with the machine's load as wall-clock figures do.
        var perPosting = phases.Select(p => $"{1000 * p.Phase.Usage.Sum(u => u.CpuSeconds) / Math.Max(1, p.Phase.Stored),22:N2}");
        Console.WriteLine($"{"CPU ms per posting",-34}{string.Concat(perPosting.Select(c => $" {c}"))}");
    }

    private static void Print(string name, Phase phase, double? lagP50, double? lagP99, double? baselinePerSecond) =>
        Console.WriteLine(
            $"{name,-20} {phase.Stored,9:N0} {phase.Seconds,8:N1} {phase.Stored / phase.Seconds,11:N0} {Figure(lagP50),10} {Figure(lagP99),10} {phase.PeakRssBytes / 1024.0 / 1024.0,12:N0} {phase.DatabaseBytes / 1024.0 / 1024.0,7:N1}"
            + (baselinePerSecond is { } baseline ? $" {phase.Stored / phase.Seconds / baseline,10:N3}x" : ""));

    private static string Figure(double? value) => value is { } v ? v.ToString("N2", CultureInfo.InvariantCulture) : "-";

    private static double Percentile(double[] sorted, double share) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
