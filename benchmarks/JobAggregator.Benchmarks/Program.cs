using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using JobAggregator.Benchmarks;

// With no arguments every benchmark runs; `-- --filter *ColdStart*` (or any BenchmarkDotNet option) picks. Each job
// builds its own copy of the project, which takes more than BenchmarkDotNet's two minutes on a busy 2-core machine.
// `-- web [--postings N] [--seconds S] [--connections C]`: the api role under load (WebServingBenchmark); not BenchmarkDotNet.
// `-- pipeline [--postings N] [--organisations O] [--transport rabbitmq [--normalizers K]]`: scrape → normalise → store
// through the Host, over RabbitMQ beside a raw RabbitMQ.Client baseline (PipelineBenchmark).
// `-- rabbit-queues [--messages N] [--rounds R]`: the broker's CPU per message by queue version and backlog (RabbitQueueCosts).
// `-- freshness [--tries N]`: from "scrape now" to the change in the public API (FreshnessBenchmark).
// `-- heuristics [--rounds N]`: the listing heuristics' share of a page beside its parse (HeuristicsTiming).
if (args is ["pipeline", ..])
{
    await PipelineBenchmark.RunAsync(args);
    return;
}

if (args is ["rabbit-queues", ..])
{
    await RabbitQueueCosts.RunAsync(args);
    return;
}

if (args is ["freshness", ..])
{
    await FreshnessBenchmark.RunAsync(args);
    return;
}

if (args is ["heuristics", ..])
{
    await HeuristicsTiming.RunAsync(args);
    return;
}

// `-- extraction-dump OUTFILE` / `-- extraction-stages [ROUNDS]`: every corpus page's extraction written out for a byte-for-byte
// comparison (ExtractionDump); where each kind's extraction spends its time and allocation (ExtractionStages).
if (args is ["extraction-dump", ..])
{
    await ExtractionDump.RunAsync(args);
    return;
}

if (args is ["extraction-stages", ..])
{
    await ExtractionStages.RunAsync(args);
    return;
}

// `-- extraction-order KIND [SECONDS]`: a kind timed again after each kind before it in the benchmark's order (ExtractionOrder).
if (args is ["extraction-order", ..])
{
    ExtractionOrder.Run(args);
    return;
}

if (args is ["web", ..])
{
    await WebServingBenchmark.RunAsync(args);
    return;
}

BenchmarkSwitcher.FromTypes([typeof(ExtractionBenchmarks), typeof(ColdStartBenchmarks)])
    .Run(args.Length == 0 ? ["--filter", "*"] : args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
