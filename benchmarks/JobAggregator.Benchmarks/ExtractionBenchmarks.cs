using System.Text.Json;
using System.Xml.Linq;
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
using Perfolizer.Horology;

namespace JobAggregator.Benchmarks;

/// <summary>Pages per second and bytes allocated for each kind of corpus page: the automatic extraction, next to
/// parsing alone what it reads, so the cost of extraction above parsing is visible. No request leaves the process: what
/// a page's extraction asks for of its own (a hiring tool's API, a linked feed) is answered in memory by
/// <see cref="CorpusResponseFetcher"/>, so an embed page's extraction reads its board's API answer (a saved response
/// of that tool from the corpus), as a scrape of it does. The parse-only baseline parses the same documents: the kind's
/// pages with AngleSharp, and the answers its extraction was given (recorded once before the run), each with the
/// parser of its format (AngleSharp for HTML, System.Text.Json, LINQ to XML). <see cref="ParseOnlyRatioColumn"/>
/// prints each kind's speed and allocation relative to parsing alone. Before the first kind is measured, both benchmarks
/// of every kind run until the JIT has optimised them (<see cref="SteadyStateWarmUp"/>): the code the kinds share would
/// otherwise be compiled while the first kinds in the run are timed, and charged to them. "Paired vs parse" is the same
/// ratio from the two timed in alternating rounds (<see cref="PairedRounds"/>), which a change of the machine's speed
/// between the two benchmarks does not move.</summary>
[MemoryDiagnoser]
[Config(typeof(Columns))]
public class ExtractionBenchmarks
{
    private static readonly JsonDocumentOptions LenientJson = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip };
    private readonly AutoExtractor _extractor = new();
    private static readonly CorpusResponseFetcher Fetcher = new(CorpusKind.LoadAll());
    private static bool _warmedUp;
    private readonly HtmlParser _parser = new();
    private IReadOnlyList<(byte[] Body, PageFormat Format)> _answers = [];

    public static IEnumerable<CorpusKind> Kinds => CorpusKind.Load();

    [ParamsSource(nameof(Kinds))]
    public CorpusKind Kind { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        if (!_warmedUp)
        {
            WarmUpEveryKind();
            _warmedUp = true;
        }

        RecordAnswers();
        PairedRounds.Measure(Kind.Name, () => ParseOnly(), () => Extract().GetAwaiter().GetResult());
    }

    /// <summary>The responses the kind's extraction reads besides its pages, for the baseline to parse as well.</summary>
    private void RecordAnswers()
    {
        var recorder = new AnsweredRequests(Fetcher);
        foreach (var (url, body, contentType) in Kind.Pages)
        {
            _extractor.ExtractAsync(new PageContent(url, body, contentType), Context(url, recorder), CancellationToken.None).GetAwaiter().GetResult();
        }

        _answers = recorder.Answers.Select(a => (a.Body, new PageContent(a).Format)).ToList();
    }

    [Benchmark(Baseline = true, Description = "parse only")]
    public int ParseOnly()
    {
        var elements = 0;
        foreach (var (_, body, _) in Kind.Pages)
        {
            elements += ParseHtml(body);
        }

        foreach (var (body, format) in _answers)
        {
            elements += format switch
            {
                PageFormat.Json => ParseJson(body),
                PageFormat.Xml => XDocument.Load(new MemoryStream(body)).Root is null ? 0 : 1,
                _ => ParseHtml(body),
            };
        }

        return elements;
    }

    [Benchmark(Description = "automatic extraction")]
    public async Task<int> Extract()
    {
        var postings = 0;
        foreach (var (url, body, contentType) in Kind.Pages)
        {
            postings += (await _extractor.ExtractAsync(new PageContent(url, body, contentType), Context(url, Fetcher), CancellationToken.None)).Postings.Count;
        }

        return postings;
    }

    private static void WarmUpEveryKind()
    {
        var benchmarks = CorpusKind.LoadAll().Select(kind => new ExtractionBenchmarks { Kind = kind }).ToList();
        benchmarks.ForEach(b => b.RecordAnswers());
        var report = SteadyStateWarmUp.Run(() =>
        {
            foreach (var benchmark in benchmarks)
            {
                benchmark.ParseOnly();
                benchmark.Extract().GetAwaiter().GetResult();
            }
        });
        Console.WriteLine("// Warmed up every kind: " + report);
    }

    private static ExtractionContext Context(Uri url, IPageFetcher fetcher) =>
        new(new SourceDefinition("bench", "Benchmark", url, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, null, false),
            fetcher, NullLogger.Instance);

    private int ParseHtml(byte[] body)
    {
        using var document = _parser.ParseDocument(new MemoryStream(body));
        return document.All.Length;
    }

    private static int ParseJson(byte[] body)
    {
        using var document = JsonDocument.Parse(body, LenientJson);
        return 1;
    }

    private sealed class Columns : ManualConfig
    {
        /// <summary>Per benchmark, its setup included: the first one's warms every kind up (<see cref="SteadyStateWarmUp"/>),
        /// which at load 30 to 60 took the first one past the in-process toolchain's default of 5 minutes.</summary>
        private static readonly TimeSpan InProcessTimeout = TimeSpan.FromMinutes(30);

        public Columns()
        {
            // In this process: a job of its own would first build a copy of the project, which takes longer than the
            // whole run on a busy 2-core machine. Timed by the process's CPU time, which the machine's other work does
            // not add to as it does to the wall clock (ShortRun's ratios varied by a factor of 3 to 10 between two runs
            // at load 50). Warmed up until the times stop falling (the JIT's optimised code of the kind's extraction
            // arrives late on a busy machine, and its compiling counts as the process's CPU time), then fifteen short
            // iterations; the 50 kinds take about 11 minutes on a quiet machine. An operation lasts milliseconds, so the
            // overhead of invoking it is not measured. JOBAGGREGATOR_BENCH_CLOCK=wall times it by the wall clock.
            var job = Job.Default
                .WithToolchain(new InProcessEmitToolchain(InProcessTimeout, logOutput: true))
                .WithMinWarmupCount(6)
                .WithMaxWarmupCount(30)
                .WithIterationCount(15)
                .WithIterationTime(TimeInterval.FromMilliseconds(250))
                .WithEvaluateOverhead(false);
            AddJob(Environment.GetEnvironmentVariable("JOBAGGREGATOR_BENCH_CLOCK") == "wall"
                ? job.WithId("WallClock")
                : job.WithClock(ProcessCpuClock.Instance).WithId("CpuTime"));
            AddColumn(new PagesPerSecondColumn(), ParseOnlyRatioColumn.Speed, ParseOnlyRatioColumn.FastestSpeed, ParseOnlyRatioColumn.Allocation, new PairedRatioColumn());
        }
    }
}
