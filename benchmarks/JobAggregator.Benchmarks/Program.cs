using BenchmarkDotNet.Running;
using JobAggregator.Benchmarks;

// With no arguments every benchmark runs; `-- --filter *ColdStart*` (or any BenchmarkDotNet option) picks.
BenchmarkSwitcher.FromTypes([typeof(ExtractionBenchmarks), typeof(ColdStartBenchmarks)])
    .Run(args.Length == 0 ? ["--filter", "*"] : args);
