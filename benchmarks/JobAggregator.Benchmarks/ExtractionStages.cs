using System.Diagnostics;
using AngleSharp.Html.Parser;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Feeds;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Extraction.HiringTools;
using JobAggregator.Scraper.Extraction.Structured;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobAggregator.Benchmarks;

/// <summary><c>-- extraction-stages [ROUNDS]</c>: where a kind's extraction time and allocation go, stage by stage (the
/// decode and parse, then each strategy in the automatic order until one finds postings, then the app-shell test),
/// beside AngleSharp parsing the same pages; the kinds of JOBAGGREGATOR_BENCH_KINDS. Each stage's figure is the
/// fastest of the rounds, so the load of a shared machine moves it less than a total would be.</summary>
internal static class ExtractionStages
{
    private static readonly string[] Stages = ["parse only", "decode+parse", "hiring-tool", "structured-data", "feed", "heuristic", "app-shell"];

    public static async Task RunAsync(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20;
        var fetcher = new CorpusResponseFetcher(CorpusKind.LoadAll());
        var strategies = new IListingStrategy[] { new HiringToolStrategy(), new StructuredDataStrategy(), new FeedStrategy(), new ListingHeuristicsStrategy() };
        var parser = new HtmlParser();
        Console.WriteLine($"{"kind",-22}" + string.Concat(Stages.Select(s => $"{s,16}")) + "   (µs per page, fastest round; KB allocated per page)");
        foreach (var kind in CorpusKind.Load())
        {
            var best = Stages.ToDictionary(s => s, _ => double.MaxValue);
            var bytes = Stages.ToDictionary(s => s, _ => 0L);
            for (var round = 0; round < rounds; round++)
            {
                var time = Stages.ToDictionary(s => s, _ => 0.0);
                var allocated = Stages.ToDictionary(s => s, _ => 0L);
                foreach (var (url, body, contentType) in kind.Pages)
                {
                    Measure("parse only", time, allocated, () =>
                    {
                        using var document = parser.ParseDocument(new MemoryStream(body));
                        return Task.CompletedTask;
                    });
                    var page = new PageContent(url, body, contentType);
                    var context = new ExtractionContext(
                        new SourceDefinition("stages", "Stages", url, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, null, false),
                        fetcher, NullLogger.Instance);
                    await MeasureAsync("decode+parse", time, allocated, async () =>
                    {
                        if (page.Format == PageFormat.Html)
                        {
                            await page.HtmlAsync(CancellationToken.None);
                        }
                    });
                    var found = false;
                    foreach (var strategy in strategies)
                    {
                        await MeasureAsync(strategy.Name, time, allocated, async () =>
                            found = await strategy.TryExtractAsync(page, context, CancellationToken.None) is { Postings.Count: > 0 });
                        if (found)
                        {
                            break;
                        }
                    }

                    if (!found && page.Format == PageFormat.Html)
                    {
                        await MeasureAsync("app-shell", time, allocated, async () =>
                            ListingHeuristicsStrategy.LooksLikeJavaScriptAppShell(await page.HtmlAsync(CancellationToken.None)));
                    }
                }

                foreach (var stage in Stages)
                {
                    best[stage] = Math.Min(best[stage], time[stage]);
                    bytes[stage] = allocated[stage];
                }
            }

            var pages = kind.Pages.Count;

            Console.WriteLine($"{kind.Name,-22}" + string.Concat(Stages.Select(s => $"{best[s] / pages,9:0} {bytes[s] / 1024.0 / pages,6:0}")));
        }
    }

    private static void Measure(string stage, Dictionary<string, double> time, Dictionary<string, long> allocated, Func<Task> action) =>
        MeasureAsync(stage, time, allocated, action).GetAwaiter().GetResult();

    private static async Task MeasureAsync(string stage, Dictionary<string, double> time, Dictionary<string, long> allocated, Func<Task> action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var started = Stopwatch.GetTimestamp();
        await action();
        time[stage] += Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        allocated[stage] += GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
