using System.Collections.Concurrent;

namespace JobAggregator.Benchmarks;

/// <summary>A kind's extraction and its parse-only baseline timed in alternating rounds, back to back, by the process's
/// CPU time: the ratio of each adjacent pair, and the median of those. BenchmarkDotNet measures the two benchmarks one
/// after the other, several seconds each, so a stretch in which the machine runs this process slower (another guest on
/// the host, a core shared with other work: the CPU time of the same operation grew 1.7–2x for seconds at a time in a
/// quiet full run) lands on one column only and moves the ratio by as much; here it lands on both sides of a pair.
/// Both sides run the whole of their work, each after a full collection, as BenchmarkDotNet runs an iteration.</summary>
internal static class PairedRounds
{
    private const int Rounds = 15;
    private static readonly TimeSpan RoundCpu = TimeSpan.FromMilliseconds(80);
    private static readonly ConcurrentDictionary<string, PairedRatio> Ratios = new(StringComparer.Ordinal);

    public static PairedRatio? Of(string kind) => Ratios.TryGetValue(kind, out var ratio) ? ratio : null;

    /// <summary>Measures the kind once per run (both of its benchmarks' set-ups call this).</summary>
    public static void Measure(string kind, Action parse, Action extract)
    {
        if (Ratios.ContainsKey(kind))
        {
            return;
        }

        var ratios = new double[Rounds];
        for (var round = 0; round < Rounds; round++)
        {
            var parsed = CpuPerOperation(parse);
            var extracted = CpuPerOperation(extract);
            ratios[round] = parsed / extracted;
        }

        Array.Sort(ratios);
        Ratios[kind] = new PairedRatio(ratios[Rounds / 2], ratios[0], ratios[^1]);
    }

    private static double CpuPerOperation(Action operation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var start = Environment.CpuUsage.TotalTime;
        var operations = 0;
        do
        {
            operation();
            operations++;
        }
        while (Environment.CpuUsage.TotalTime - start < RoundCpu);

        return (Environment.CpuUsage.TotalTime - start).TotalMicroseconds / operations;
    }

    /// <summary>Parse-only time over extraction time (the extraction's speed as a share of parsing alone): the median
    /// of the rounds, and the lowest and highest round.</summary>
    public sealed record PairedRatio(double Median, double Lowest, double Highest);
}
