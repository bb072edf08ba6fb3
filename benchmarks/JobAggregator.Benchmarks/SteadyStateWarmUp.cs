using System.Diagnostics;
using System.Runtime;

namespace JobAggregator.Benchmarks;

/// <summary>Repeats a pass until the JIT has nothing left to compile for it. The runtime compiles a method first quickly,
/// then, once it has been called 30 times, again with the profile it gathered, on a background thread and in batches;
/// the whole extraction is several thousand methods, and on a busy machine that backlog takes many seconds to drain.
/// Timed by the process's CPU time, every such compile would be charged to the benchmark that happens to run while it
/// happens: the first kinds of a run.</summary>
internal static class SteadyStateWarmUp
{
    private static readonly TimeSpan QuietFor = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaximumCpu = TimeSpan.FromSeconds(180);

    /// <summary>Passes until no method has been compiled for <see cref="QuietFor"/> (wall clock, as the runtime delays
    /// its tiering by the wall clock) or <see cref="MaximumCpu"/> of CPU time is spent.</summary>
    public static WarmUpReport Run(Action pass)
    {
        var cpuAtStart = Environment.CpuUsage.TotalTime;
        var methodsAtStart = JitInfo.GetCompiledMethodCount();
        var jitTimeAtStart = JitInfo.GetCompilationTime();
        var methods = methodsAtStart;
        var sinceLastCompile = Stopwatch.StartNew();
        var passes = 0;
        while (sinceLastCompile.Elapsed < QuietFor && Environment.CpuUsage.TotalTime - cpuAtStart < MaximumCpu)
        {
            pass();
            passes++;
            var now = JitInfo.GetCompiledMethodCount();
            if (now != methods)
            {
                methods = now;
                sinceLastCompile.Restart();
            }
        }

        return new WarmUpReport(passes, Environment.CpuUsage.TotalTime - cpuAtStart, methods - methodsAtStart,
            JitInfo.GetCompilationTime() - jitTimeAtStart, sinceLastCompile.Elapsed >= QuietFor);
    }

    public sealed record WarmUpReport(int Passes, TimeSpan Cpu, long MethodsCompiled, TimeSpan JitTime, bool Settled)
    {
        public override string ToString() => FormattableString.Invariant(
            $"{Passes} passes, {Cpu.TotalSeconds:0.0} s of CPU time, {MethodsCompiled} methods compiled in {JitTime.TotalSeconds:0.0} s, {(Settled ? "no compile in the last " + QuietFor.TotalSeconds + " s" : "still compiling, stopped at the CPU time limit")}");
    }
}
