using System.Diagnostics;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Sources;
using Microsoft.Extensions.Logging.Abstractions;

namespace JobAggregator.Benchmarks;

/// <summary>The listing heuristics' own share of a page, beside its parse: each round parses every page of a kind
/// (timed), runs the heuristics strategy's work on the freshly parsed documents (timed), and runs the whole automatic
/// extraction of the same pages (timed); the fastest round of each is printed as pages per second and as a ratio to the
/// parse. Fresh documents each round, as the heuristics remember answers per parsed page.
/// <c>-- extraction-dump FILE</c> (<see cref="ExtractionDump"/>) writes what to compare before and after a change.
/// <c>--check-roles</c> compares the role-word test read word by word with the whole pattern on every corpus text (and
/// on it in capitals).</summary>
/// <remarks><c>-- heuristics [--rounds N] [--shapes [--shape NAME]] [--check-roles]</c>; JOBAGGREGATOR_BENCH_KINDS picks the kinds.</remarks>
internal static class HeuristicsTiming
{
    public static async Task RunAsync(string[] args)
    {
        var rounds = Option(args, "--rounds") is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 20;
        if (args.Contains("--check-roles"))
        {
            CheckRoles();
            return;
        }

        if (args.Contains("--shapes"))
        {
            Shapes(rounds, Option(args, "--shape"));
            return;
        }

        var fetcher = new CorpusResponseFetcher(CorpusKind.LoadAll());
        var extractor = new AutoExtractor();
        // Warmed up first, as the BenchmarkDotNet benchmark is (until the JIT has compiled nothing for a while): with
        // rounds of a few milliseconds, the first kinds would otherwise be timed before the JIT's optimised code is in place.
        var report = SteadyStateWarmUp.Run(() =>
        {
            foreach (var kind in CorpusKind.Load())
            {
                foreach (var (url, body, contentType) in kind.Pages)
                {
                    using var document = HtmlPages.Parse(new PageContent(url, body, contentType).Text, out _, CancellationToken.None);
                    _ = ListingHeuristicsStrategy.Extract(document, url);
                    _ = Pagination.NextPages(document, url);
                    extractor.ExtractAsync(new PageContent(url, body, contentType), Context(url, fetcher), CancellationToken.None).GetAwaiter().GetResult();
                }
            }
        });
        Console.WriteLine("// Warmed up: " + report);

        Console.WriteLine("kind | pages | parse pages/s | heuristics pages/s | heuristics vs parse | extraction pages/s | extraction vs parse");
        foreach (var kind in CorpusKind.Load())
        {
            var texts = kind.Pages.Select(p => (p.Url, Text: new PageContent(p.Url, p.Body, p.ContentType).Text)).ToList();
            double parse = double.MaxValue, heuristics = double.MaxValue, extraction = double.MaxValue;
            for (var round = 0; round < rounds; round++)
            {
                var watch = Stopwatch.StartNew();
                var documents = texts.Select(t => (t.Url, Document: HtmlPages.Parse(t.Text, out _, CancellationToken.None))).ToList();
                parse = Math.Min(parse, watch.Elapsed.TotalSeconds);

                watch.Restart();
                foreach (var (url, document) in documents)
                {
                    if (ListingHeuristicsStrategy.Extract(document, url).Count > 0)
                    {
                        _ = Pagination.NextPages(document, url);
                    }
                }

                heuristics = Math.Min(heuristics, watch.Elapsed.TotalSeconds);
                foreach (var (_, document) in documents)
                {
                    document.Dispose();
                }

                watch.Restart();
                foreach (var (url, body, contentType) in kind.Pages)
                {
                    await extractor.ExtractAsync(new PageContent(url, body, contentType), Context(url, fetcher), CancellationToken.None);
                }

                extraction = Math.Min(extraction, watch.Elapsed.TotalSeconds);
            }

            var pages = kind.Pages.Count;
            Console.WriteLine(FormattableString.Invariant(
                $"{kind.Name} | {pages} | {pages / parse:N0} | {pages / heuristics:N0} | {parse / heuristics:0.00}x | {pages / extraction:N0} | {parse / extraction:0.00}x"));
        }
    }

    /// <summary>Each listing shape's time on fresh documents, run alone (no other shape has filled the page's memo),
    /// as a ratio to the parse: where the heuristics' time goes.</summary>
    private static void Shapes(int rounds, string? only)
    {
        (string Name, Func<IDocument, Uri, int> Run)[] shapes =
        [
            ("all", (d, u) => ListingHeuristicsStrategy.Extract(d, u).Count),
            ("site name", (d, _) => SiteName.Of(d) is null ? 0 : 1),
            ("tables", (d, u) => JobTables.Find(d, u, u).Count),
            ("repeated", (d, u) => RepeatedBlocks.Find(d, u, u).Count),
            ("headings", (d, u) => TitleOrganizationHeadings.Find(d, u, u).Count),
            ("openings", (d, u) => OpeningBlocks.Find(d, u, u).Count),
            ("single", (d, u) => SingleOpening.Find(d, u) is null ? 0 : 1),
            ("pagination", (d, u) => Pagination.NextPages(d, u).Count),
            ("app shell", (d, _) => ListingHeuristicsStrategy.LooksLikeJavaScriptAppShell(d) ? 1 : 0),
        ];
        shapes = shapes.Where(s => only is null || s.Name == only).ToArray();
        Console.WriteLine("kind | parse ms | " + string.Join(" | ", shapes.Select(s => s.Name + " vs parse")));
        foreach (var kind in CorpusKind.Load())
        {
            var texts = kind.Pages.Select(p => (p.Url, Text: new PageContent(p.Url, p.Body, p.ContentType).Text)).ToList();
            var parse = double.MaxValue;
            var times = shapes.Select(_ => double.MaxValue).ToArray();
            var found = new int[shapes.Length];
            for (var round = 0; round < rounds; round++)
            {
                for (var i = 0; i < shapes.Length; i++)
                {
                    var watch = Stopwatch.StartNew();
                    var documents = texts.Select(t => (t.Url, Document: HtmlPages.Parse(t.Text, out _, CancellationToken.None))).ToList();
                    parse = Math.Min(parse, watch.Elapsed.TotalSeconds);
                    watch.Restart();
                    foreach (var (url, document) in documents)
                    {
                        var count = shapes[i].Run(document, url);
                        found[i] += round == 0 ? count : 0;
                    }

                    times[i] = Math.Min(times[i], watch.Elapsed.TotalSeconds);
                    foreach (var (_, document) in documents)
                    {
                        document.Dispose();
                    }
                }
            }

            Console.WriteLine(FormattableString.Invariant($"{kind.Name} | {parse * 1000:0.00} | ") + string.Join(" | ", times.Select((t, i) => FormattableString.Invariant($"{t / parse:0.00} ({found[i]})"))));
        }
    }

    private static void CheckRoles()
    {
        var pattern = JobTitles.RoleWord();
        int texts = 0, differ = 0, yes = 0;
        foreach (var kind in CorpusKind.LoadAll())
        {
            foreach (var (url, body, contentType) in kind.Pages)
            {
                var page = new PageContent(url, body, contentType);
                var candidates = new List<string>();
                if (page.Format == PageFormat.Html)
                {
                    using var document = HtmlPages.Parse(page.Text, out _, CancellationToken.None);
                    foreach (var element in document.All)
                    {
                        candidates.Add(element.TextContent);
                        candidates.AddRange(element.TextContent.Split([' ', '\n', ',', '.']).Where(w => w.Length > 0));
                    }
                }
                else
                {
                    candidates.AddRange(page.Text.Split([' ', '\n', '"', ',']));
                }

                foreach (var text in candidates.SelectMany(t => new[] { t, t.ToUpperInvariant() }))
                {
                    texts++;
                    var expected = pattern.IsMatch(text);
                    yes += expected ? 1 : 0;
                    if (expected != JobTitles.HasLatinRoleWord(text))
                    {
                        differ++;
                        Console.WriteLine("differs: " + text);
                    }
                }
            }
        }

        Console.WriteLine($"{texts} texts, {yes} with a role word, {differ} differ");
    }

    private static ExtractionContext Context(Uri url, Scraper.Fetching.IPageFetcher fetcher) =>
        new(new SourceDefinition("bench", "Benchmark", url, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, null, false),
            fetcher, NullLogger.Instance);

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
