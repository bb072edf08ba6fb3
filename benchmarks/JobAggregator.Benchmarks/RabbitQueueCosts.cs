namespace JobAggregator.Benchmarks;

/// <summary>What a message costs the broker by the shape of its queue (<c>dotnet run -c Release -- rabbit-queues
/// [--messages N] [--rounds R]</c>): the raw baseline (<see cref="RabbitBaseline"/>) on one throwaway node, with classic
/// queues of version 1 and 2, taken as they come or from a backlog of every message, the four in turn for R rounds so
/// that the machine's load falls on each alike. The pipeline's queues hold a backlog whenever a role falls behind the one
/// before it, which the baseline's consumer never does.</summary>
internal static class RabbitQueueCosts
{
    public static async Task RunAsync(string[] args)
    {
        var messages = CommandOption.Int(args, "--messages", 10_000);
        var rounds = CommandOption.Int(args, "--rounds", 3);
        var patience = TimeSpan.FromMinutes(10);
        Console.WriteLine($"uptime at the start: {await WrkLoad.UptimeAsync()}");
        await using var node = await RabbitNode.StartAsync(CancellationToken.None);
        var sample = await RabbitSample.CaptureAsync(node, organisations: 200, CancellationToken.None);
        // Unmeasured: the client's code compiled and the broker warm.
        await RabbitBaseline.MeasureAsync(node, sample, Math.Min(messages, 1_000), patience, CancellationToken.None);

        RabbitBaseline.Shape[] shapes = [new(false, 1), new(false, 2), new(true, 1), new(true, 2)];
        var figures = shapes.ToDictionary(shape => shape, _ => new List<RabbitBaseline.Figures>());
        Console.WriteLine($"{messages:N0} persistent messages of {sample.Body.Length:N0} bytes per run; CPU ms per message:");
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var shape in shapes)
            {
                var run = await RabbitBaseline.MeasureAsync(node, sample, messages, patience, CancellationToken.None, shape);
                figures[shape].Add(run);
                Console.WriteLine($"  round {round} {Name(shape),-28} {run.Seconds,6:N2} s {run.PerSecond,8:N0}/s  broker {PerMessage(run.BrokerCpuSeconds, run),5:N3}  client {PerMessage(run.ClientCpuSeconds, run),5:N3}");
            }
        }

        Console.WriteLine("median over the rounds:");
        foreach (var (shape, runs) in figures)
        {
            Console.WriteLine($"  {Name(shape),-28} {Median(runs.Select(r => r.PerSecond)),8:N0}/s  broker {Median(runs.Select(r => PerMessage(r.BrokerCpuSeconds, r))),5:N3}  client {Median(runs.Select(r => PerMessage(r.ClientCpuSeconds, r))),5:N3}");
        }

        Console.WriteLine($"uptime at the end: {await WrkLoad.UptimeAsync()}");
    }

    private static string Name(RabbitBaseline.Shape shape) =>
        $"v{shape.QueueVersion}, {(shape.Backlog ? "from a backlog" : "as they come")}";

    private static double PerMessage(double cpuSeconds, RabbitBaseline.Figures run) => 1000 * cpuSeconds / run.Messages;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }
}
