using System.Diagnostics;
using System.Runtime;

namespace JobAggregator.Benchmarks;

/// <summary><c>-- extraction-order KIND [SECONDS]</c>: whether a kind's figures depend on the kinds measured before it.
/// Every kind is warmed up as the benchmark warms it up; then KIND's extraction and parse are timed by the process's CPU
/// time, every kind before it in the benchmark's order is run for SECONDS of CPU time each (both benchmarks, as the
/// benchmark runs them), and KIND is timed again. The runtime's state around each timing is printed beside it.</summary>
internal static class ExtractionOrder
{
    public static void Run(string[] args)
    {
        var name = args.Length > 1 ? args[1] : "negative";
        var seconds = args.Length > 2 ? double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 2;
        var benchmarks = CorpusKind.LoadAll().Select(kind => new ExtractionBenchmarks { Kind = kind }).ToList();
        benchmarks.ForEach(b => b.Setup());
        var target = benchmarks.Single(b => b.Kind.Name == name);
        Time("after the warm-up", target);
        foreach (var other in benchmarks.TakeWhile(b => b != target))
        {
            Spend(TimeSpan.FromSeconds(seconds / 2), () => other.ParseOnly());
            Spend(TimeSpan.FromSeconds(seconds / 2), () => other.Extract().GetAwaiter().GetResult());
            Time("after " + other.Kind.Name, target);
        }
    }

    private static void Time(string when, ExtractionBenchmarks target)
    {
        var parse = PerOperation(() => target.ParseOnly());
        var extract = PerOperation(() => target.Extract().GetAwaiter().GetResult());
        var info = GC.GetGCMemoryInfo(GCKind.Any);
        Console.WriteLine(FormattableString.Invariant(
            $"{when,-32} parse {parse.Cpu,7:0.0} µs  extract {extract.Cpu,7:0.0} µs (wall {extract.Wall,7:0.0})  vs parse {parse.Cpu / extract.Cpu:0.00}x  gen0/1/2 {extract.Gen0}/{extract.Gen1}/{extract.Gen2}  heap {info.HeapSizeBytes / 1024 / 1024} MB  gen2 {info.GenerationInfo[2].SizeAfterBytes / 1024 / 1024} MB  {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused  jit {JitInfo.GetCompiledMethodCount()}  load {File.ReadAllText("/proc/loadavg")[..4]}"));
    }

    private static (double Cpu, double Wall, int Gen0, int Gen1, int Gen2) PerOperation(Action operation)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var cpu = Environment.CpuUsage.TotalTime;
        var wall = Stopwatch.StartNew();
        var count = 0;
        while (Environment.CpuUsage.TotalTime - cpu < TimeSpan.FromSeconds(1))
        {
            operation();
            count++;
        }

        return ((Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / count, wall.Elapsed.TotalMicroseconds / count,
            GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2);
    }

    private static void Spend(TimeSpan cpuTime, Action operation)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        while (Environment.CpuUsage.TotalTime - cpu < cpuTime)
        {
            operation();
        }
    }
}
