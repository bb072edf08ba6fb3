using System.Globalization;

namespace JobAggregator.Benchmarks;

/// <summary>What Linux's /proc says a process uses: resident memory and CPU time, summed over a set of processes (a
/// RabbitMQ node is a shell, the Erlang VM and its helpers). A process that has exited counts as zero.</summary>
internal static class ProcessUsage
{
    // USER_HZ, which the kernel fixes at 100 on every architecture .NET runs on.
    private const double TicksPerSecond = 100;

    /// <summary>Resident set size now (VmRSS) and the kernel's high-water mark (VmHWM), in bytes.</summary>
    public static (long Resident, long HighWaterMark) Memory(int processId)
    {
        long resident = 0, highWaterMark = 0;
        try
        {
            foreach (var line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    resident = Kilobytes(line) * 1024;
                }
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    highWaterMark = Kilobytes(line) * 1024;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The process has exited.
        }

        return (resident, highWaterMark);
    }

    /// <summary>User and system CPU time the process has used so far, in seconds.</summary>
    public static double CpuSeconds(int processId)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{processId}/stat");
            // The command name in parentheses may hold spaces; the fields after it are fixed: state is the first,
            // utime the 12th and stime the 13th.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / TicksPerSecond;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }

    /// <summary>The process and every process below it, as they are now.</summary>
    public static IReadOnlyList<int> Tree(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var processId))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(directory, "stat"));
                var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                if (!children.TryGetValue(parent, out var list))
                {
                    children[parent] = list = [];
                }

                list.Add(processId);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone while listed.
            }
        }

        var tree = new List<int> { root };
        for (var i = 0; i < tree.Count; i++)
        {
            if (children.TryGetValue(tree[i], out var below))
            {
                tree.AddRange(below);
            }
        }

        return tree;
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
}
