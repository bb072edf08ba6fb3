using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using JobAggregator.Contracts;
using JobAggregator.Normalizer;
using JobAggregator.Normalizer.Organizations;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Sources.Organizations;

namespace JobAggregator.Benchmarks;

/// <summary>The one-time costs that the normalizer's and the extractors' start-up warm-ups pay: each launch is a new
/// process and each figure its first call (static tables, compiled patterns, the JIT), which a role would otherwise pay
/// in its first message. <see cref="ExtractionBenchmarks"/> has the steady-state figures.</summary>
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class ColdStartBenchmarks
{
    [Benchmark(Description = "normalizer: first posting in a new process")]
    public PostingNormalized FirstNormalization() => new PostingNormalizer(OrganizationDirectory.Empty).Normalize(NormalizerWarmUp.Sample);

    [Benchmark(Description = "extraction: first sample pages in a new process")]
    public Task<int> FirstExtraction() => ExtractionWarmUp.ExtractSamplesAsync(CancellationToken.None);
}
