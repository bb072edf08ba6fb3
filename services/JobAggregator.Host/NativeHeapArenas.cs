using System.Runtime.InteropServices;

namespace JobAggregator.Host;

/// <summary>Bounds glibc's malloc to two arenas, as <c>MALLOC_ARENA_MAX=2</c> would, unless the environment sets it.
/// </summary>
/// <remarks>glibc gives a thread its own arena when it meets another in malloc, up to eight per core; the store's one
/// writer runs on whichever thread-pool thread holds its lock, so SQLite's pages and statements were allocated and freed
/// across many arenas, each keeping its own free space. With two, a one-process first import of 100,000 postings on one
/// board peaked 4-19 MB lower in three pairs, at the same CPU per posting (README, "Pipeline benchmark"). Called before
/// the Host starts its own threads; elsewhere than glibc it does nothing.</remarks>
internal static partial class NativeHeapArenas
{
    private const int MallocArenaMax = -8;

    public static void Limit()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null)
        {
            return;
        }

        try
        {
            _ = SetMallocOption(MallocArenaMax, 2);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no arenas to bound).
        }
    }

    [DllImport("libc", EntryPoint = "mallopt")]
    private static extern int SetMallocOption(int parameter, int value);
}
