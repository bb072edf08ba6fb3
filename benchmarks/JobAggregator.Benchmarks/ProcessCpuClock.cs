using Perfolizer.Horology;

namespace JobAggregator.Benchmarks;

/// <summary>A BenchmarkDotNet clock that reads the CPU time of this process (every thread, user and kernel) instead of
/// the wall clock. On a machine shared with other work the wall-clock time of an operation grows with the load, as the
/// process waits for a core; its CPU time does not, so the speed of two benchmarks measured minutes apart stays
/// comparable. With nothing else running (and the work on one thread) both clocks give the same figures.</summary>
/// <remarks>Linux reads it with <c>getrusage</c> to the microsecond; an iteration lasts a quarter of a second or
/// more.</remarks>
public sealed class ProcessCpuClock : IClock
{
    public static ProcessCpuClock Instance { get; } = new();

    public string Title => "Process CPU time";
    public bool IsAvailable => true;
    public Frequency Frequency { get; } = new(TimeSpan.TicksPerSecond);

    public long GetTimestamp() => Environment.CpuUsage.TotalTime.Ticks;
}
