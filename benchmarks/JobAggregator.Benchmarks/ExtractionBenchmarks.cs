using AngleSharp.Html.Parser;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobAggregator.Benchmarks;

/// <summary>Pages per second and bytes allocated for each kind of corpus page: the automatic extraction, next to
/// AngleSharp parsing the same pages alone, so the cost of extraction above parsing is visible. No request leaves the
/// process: a hiring tool's API call is answered as not found. <see cref="ParseOnlyRatioColumn"/> prints each kind's
/// speed and allocation relative to parsing alone.</summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class ExtractionBenchmarks
{
    private readonly AutoExtractor _extractor = new();
    private readonly HtmlParser _parser = new();

    public static IEnumerable<CorpusKind> Kinds => CorpusKind.Load();

    [ParamsSource(nameof(Kinds))]
    public CorpusKind Kind { get; set; } = null!;

    [Benchmark(Baseline = true, Description = "AngleSharp parse only")]
    public int ParseOnly()
    {
        var elements = 0;
        foreach (var (_, body, _) in Kind.Pages)
        {
            using var document = _parser.ParseDocument(new MemoryStream(body));
            elements += document.All.Length;
        }

        return elements;
    }

    [Benchmark(Description = "automatic extraction")]
    public async Task<int> Extract()
    {
        var postings = 0;
        foreach (var (url, body, contentType) in Kind.Pages)
        {
            var source = new SourceDefinition("bench", "Benchmark", url, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, null, false);
            var context = new ExtractionContext(source, NoNetworkFetcher.Instance, NullLogger.Instance);
            postings += (await _extractor.ExtractAsync(new PageContent(url, body, contentType), context, CancellationToken.None)).Postings.Count;
        }

        return postings;
    }

    private sealed class Columns : ManualConfig
    {
        public Columns()
        {
            // In this process: a job of its own would first build a copy of the project, which takes longer than the
            // whole run on a busy 2-core machine.
            AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
            AddColumn(new PagesPerSecondColumn(), ParseOnlyRatioColumn.Speed, ParseOnlyRatioColumn.Allocation);
        }
    }
}
