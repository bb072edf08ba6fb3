using BenchmarkDotNet.Running;
using JobAggregator.Benchmarks;

BenchmarkRunner.Run<ExtractionBenchmarks>(args: args);
