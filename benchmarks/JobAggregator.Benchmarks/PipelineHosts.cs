namespace JobAggregator.Benchmarks;

/// <summary>The Host processes of one phase (one with every role on the in-memory bus; or, over RabbitMQ, the scheduler
/// with the scraper and the api, K normalizers and the store, each its own process) and, when there is one, the
/// broker, watched from outside every 250 ms: peak resident memory per process and summed over them, and CPU seconds
/// from the start of the measured phase. Disposing stops the Hosts (not the broker, which outlives the phases).</summary>
internal sealed class PipelineHosts : IAsyncDisposable
{
    private readonly List<PipelineHostProcess> _hosts;
    private readonly Watched[] _watched;
    private readonly Timer _sampler;
    private long _peakTotalBytes;

    private PipelineHosts(List<PipelineHostProcess> hosts, RabbitNode? broker)
    {
        _hosts = hosts;
        _watched =
        [
            .. hosts.Select(host => new Watched(host.Name, () => [host.ProcessId], HighWaterMark: true)),
            .. broker is null ? [] : new[] { new Watched("broker", BrokerProcesses(broker), HighWaterMark: false) },
        ];
        foreach (var watched in _watched)
        {
            watched.CpuAtStart = watched.CpuSeconds();
        }

        _sampler = new Timer(_ => Sample(), null, TimeSpan.Zero, TimeSpan.FromMilliseconds(250));
    }

    /// <summary>The process that answers the API (and so "scrape now").</summary>
    public PipelineHostProcess Api => _hosts[0];

    public bool AnyExited => _hosts.Any(host => host.HasExited);

    /// <summary>Highest sum of the processes' resident memory seen at one sample (broker included).</summary>
    public long PeakTotalBytes => Interlocked.Read(ref _peakTotalBytes);

    /// <summary>Every role in one process on the in-memory bus.</summary>
    public static PipelineHosts StartInMemory(string folder, string sources) =>
        new([PipelineHostProcess.Start("host", folder, sources, [])], null);

    /// <summary>Each role its own process over <paramref name="broker"/>: the store and the normalizers first, ready
    /// before the scheduler starts (it scrapes at once), so that the clock does not count their start-up.</summary>
    public static async Task<PipelineHosts> StartDistributedAsync(string folder, string sources, RabbitNode broker, int normalizers, CancellationToken ct)
    {
        string[] rabbit =
        [
            "--Transport", "rabbitmq",
            "--RabbitMq:Host", broker.Host,
            "--RabbitMq:Port", broker.AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--RabbitMq:Username", RabbitNode.User,
            "--RabbitMq:Password", RabbitNode.Password,
        ];
        var consumers = new List<PipelineHostProcess>();
        try
        {
            consumers.Add(PipelineHostProcess.Start("store", folder, sources, [.. rabbit, "--Roles", "store"]));
            for (var i = 1; i <= normalizers; i++)
            {
                consumers.Add(PipelineHostProcess.Start($"normalizer-{i}", folder, sources, [.. rabbit, "--Roles", "normalizer"]));
            }

            await Task.WhenAll(consumers.Select(host => host.WaitUntilReadyAsync(TimeSpan.FromMinutes(3), ct)));
            var front = PipelineHostProcess.Start("scheduler+scraper+api", folder, sources, [.. rabbit, "--Roles", "scheduler,scraper,api"]);
            return new PipelineHosts([front, .. consumers], broker);
        }
        catch
        {
            foreach (var host in consumers)
            {
                await host.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Starts counting CPU time from now: the phase's clock started.</summary>
    public void MarkPhaseStart()
    {
        foreach (var watched in _watched)
        {
            watched.CpuAtStart = watched.CpuSeconds();
        }
    }

    /// <summary>Per process (and the broker): peak resident memory and CPU seconds since <see cref="MarkPhaseStart"/>.</summary>
    public IReadOnlyList<(string Name, long PeakBytes, double CpuSeconds)> Usage()
    {
        Sample();
        return [.. _watched.Select(watched => (watched.Name, Interlocked.Read(ref watched.PeakBytes), watched.CpuSeconds() - watched.CpuAtStart))];
    }

    public IEnumerable<string> LogTails(int lines) =>
        _hosts.Where(host => host.HasExited).SelectMany(host => host.LogTail(lines).Prepend($"--- {host.Name}:"));

    public async ValueTask DisposeAsync()
    {
        await _sampler.DisposeAsync();
        // The scheduler and scraper first, so that nothing new is published to consumers that are going away.
        await _hosts[0].DisposeAsync();
        await Task.WhenAll(_hosts.Skip(1).Select(host => host.DisposeAsync().AsTask()));
    }

    private void Sample()
    {
        long total = 0;
        foreach (var watched in _watched)
        {
            long resident = 0, peak = 0;
            foreach (var processId in watched.ProcessIds())
            {
                var (now, highWaterMark) = ProcessUsage.Memory(processId);
                resident += now;
                peak += watched.HighWaterMark ? Math.Max(now, highWaterMark) : now;
            }

            total += resident;
            long seen;
            while (peak > (seen = Interlocked.Read(ref watched.PeakBytes)) && Interlocked.CompareExchange(ref watched.PeakBytes, peak, seen) != seen)
            {
            }
        }

        long seenTotal;
        while (total > (seenTotal = Interlocked.Read(ref _peakTotalBytes)) && Interlocked.CompareExchange(ref _peakTotalBytes, total, seenTotal) != seenTotal)
        {
        }
    }

    /// <summary>The node's processes as they are when a phase starts (the Erlang VM below the start script); the
    /// broker's memory and CPU are its own from then on, not its start-up's.</summary>
    private static Func<IReadOnlyList<int>> BrokerProcesses(RabbitNode broker)
    {
        var tree = ProcessUsage.Tree(broker.ProcessId);
        return () => tree;
    }

    /// <param name="HighWaterMark">A Host lives as long as its phase, so the kernel's high-water mark is its peak; the
    /// broker outlives the phases, so only what is sampled during this one counts.</param>
    private sealed record Watched(string Name, Func<IReadOnlyList<int>> ProcessIds, bool HighWaterMark)
    {
        public long PeakBytes;
        public double CpuAtStart;

        public double CpuSeconds() => ProcessIds().Sum(ProcessUsage.CpuSeconds);
    }
}
