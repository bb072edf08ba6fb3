using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using JobAggregator.Scraper;

namespace JobAggregator.Benchmarks;

/// <summary>From "scrape now" to the public API (<c>dotnet run -c Release -- freshness [--tries 20] [--postings 3]
/// [--busy 8] [--pause-ms 2000] [--keep]</c>): a small member's site served on loopback (<see cref="FreshnessSite"/>),
/// the Host run as its own process with its default politeness, and, after the first import, each try edits the site
/// (odd tries a title on the listing page, even tries the pay on a detail page only), asks
/// <c>POST /api/admin/sources/{id}/scrape</c>, and polls the public <c>/api/jobs</c> until the change shows. Twice: the
/// source alone, then beside <c>--busy</c> other sources whose scheduled runs keep the scraper busy (a Host of its own
/// each time). Prints each try's seconds from the request to the first answer showing it, p50/p95/max, and the
/// machine's load. Asserts nothing.</summary>
internal static class FreshnessBenchmark
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    public static async Task RunAsync(string[] args)
    {
        var tries = CommandOption.Int(args, "--tries", 20);
        var postings = CommandOption.Int(args, "--postings", 3);
        var busy = CommandOption.Int(args, "--busy", 8);
        var pause = TimeSpan.FromMilliseconds(CommandOption.Int(args, "--pause-ms", 2000));
        if (tries < 1 || postings < 1 || postings > 50 || busy < 0 || busy > 50 || pause < TimeSpan.Zero)
        {
            throw new ArgumentException("--tries must be positive, --postings from 1 to 50, --busy from 0 to 50, --pause-ms not negative.", nameof(args));
        }

        var keep = args.Contains("--keep");
        await using var site = await FreshnessSite.StartAsync("freshness-member", postings);
        var others = new List<FreshnessSite>();
        try
        {
            for (var other = 0; other < busy; other++)
            {
                // Each on an address of its own: the scraper's politeness is per host.
                others.Add(await FreshnessSite.StartAsync($"busy-member-{other}", BusyPostings, $"127.0.0.{other + 2}"));
            }

            var politeness = new ScraperOptions().MinDelayPerHostMilliseconds;
            Console.WriteLine($"freshness: {postings} postings, each with a detail page, on {site.BaseUrl}; Scraper:MinDelayPerHostMilliseconds {politeness} " +
                $"(the default), Scraper:ConcurrentScrapes {new ScraperOptions().ConcurrentScrapes}; load {Load()}");
            var results = new List<(string Phase, double[] Seconds)>
            {
                ("alone", await MeasurePhaseAsync("alone", site, [], tries, pause, keep)),
            };
            if (busy > 0)
            {
                var phase = $"beside {busy} sources scheduled every {BusyEverySeconds} s";
                results.Add((phase, await MeasurePhaseAsync(phase, site, others, tries, pause, keep)));
            }

            Console.WriteLine();
            foreach (var (phase, seconds) in results)
            {
                var sorted = seconds.Order().ToArray();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"freshness {phase}, {tries} tries: p50 {Rank(sorted, 0.50):N2} s, p95 {Rank(sorted, 0.95):N2} s, max {sorted[^1]:N2} s"));
            }

            Console.WriteLine($"load after: {Load()}");
        }
        finally
        {
            foreach (var other in others)
            {
                await other.DisposeAsync();
            }
        }
    }

    /// <summary>The other sources of the busy phase: each run reads a listing and this many detail pages, a second
    /// apart (the default politeness), on a schedule that fires them all at once.</summary>
    private const int BusyPostings = 5;

    private const int BusyEverySeconds = 15;

    /// <summary>Starts a Host for <paramref name="site"/> (and the <paramref name="busy"/> sites on their schedule), waits
    /// for the first import of <paramref name="site"/>, then times each try.</summary>
    private static async Task<double[]> MeasurePhaseAsync(string phase, FreshnessSite site, IReadOnlyList<FreshnessSite> busy, int tries, TimeSpan pause, bool keep)
    {
        var folder = Directory.CreateTempSubdirectory("jobaggregator-freshness-bench-").FullName;
        try
        {
            var sources = Path.Combine(folder, "sources.yml");
            await File.WriteAllTextAsync(sources,
                "sources:\n" + site.SourceYaml() + string.Concat(busy.Select(other => other.SourceYaml($"0/{BusyEverySeconds} * * * * ?"))));
            Console.WriteLine($"{phase}: Host in {folder}");
            await using var host = PipelineHostProcess.Start("host", folder, sources, [
                "--Scraper:MinDelayPerHostMilliseconds", new ScraperOptions().MinDelayPerHostMilliseconds.ToString(CultureInfo.InvariantCulture),
                "--Logging:LogLevel:Default", "Information",
                "--Logging:Console:FormatterName", "json",
                // Polling every 50 ms is 20 searches a second from one address, past the visitors' limit (600 a minute) within
                // a minute; the limit's 429s would then pass for a change that has not arrived yet.
                "--Api:RateLimit:PermitLimit", "1000000",
            ]);
            using var client = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Add("X-Api-Key", PipelineHostProcess.ApiKey);

            var import = Stopwatch.StartNew();
            await WaitUntilAsync(host, client, jobs => jobs.Count(job => job.Url.StartsWith(site.BaseUrl.AbsoluteUri, StringComparison.Ordinal)) >= site.Postings);
            Console.WriteLine($"{phase}: first import of {site.Postings} postings in the API {import.Elapsed.TotalSeconds:N1} s after the Host started");

            var seconds = new List<double>();
            for (var attempt = 1; attempt <= tries; attempt++)
            {
                await Task.Delay(pause);
                var posting = (attempt - 1) / 2 % site.Postings;
                var url = new Uri(site.BaseUrl, $"jobs/{posting}/").AbsoluteUri;
                string change;
                Func<IReadOnlyList<ListedJob>, bool> shows;
                if (attempt % 2 == 1)
                {
                    var title = $"{site.Title(posting).Split(" (")[0]} (revision {attempt})";
                    site.Rename(posting, title);
                    change = $"listing: title of /jobs/{posting}/";
                    shows = jobs => jobs.Any(job => job.Url == url && job.Title == title);
                }
                else
                {
                    var salary = 60_000 + attempt * 1_000;
                    site.ChangeSalary(posting, salary);
                    change = $"detail page: pay of /jobs/{posting}/";
                    shows = jobs => jobs.Any(job => job.Url == url && job.SalaryMin == salary);
                }

                var requests = site.Requests;
                var clock = Stopwatch.StartNew();
                using (var accepted = await client.PostAsync(new Uri($"api/admin/sources/{site.SourceId}/scrape", UriKind.Relative), null))
                {
                    if (accepted.StatusCode != HttpStatusCode.Accepted)
                    {
                        throw new InvalidOperationException($"scrape now answered {(int)accepted.StatusCode}: {await accepted.Content.ReadAsStringAsync()}");
                    }
                }

                var shown = await WaitUntilAsync(host, client, shows);
                var elapsed = shown ? clock.Elapsed.TotalSeconds : double.PositiveInfinity;
                Console.WriteLine(shown
                    ? $"try {attempt,2}  {change,-32} {elapsed,6:N2} s  ({site.Requests - requests} requests to the site)"
                    : $"try {attempt,2}  {change,-32} not in the API after {Patience.TotalSeconds:N0} s");
                seconds.Add(elapsed);
            }

            return [.. seconds];
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"{phase}: Host log kept in {Path.Combine(folder, "host.log")}");
            }
            else
            {
                try
                {
                    Directory.Delete(folder, recursive: true);
                }
                catch (IOException)
                {
                }
            }
        }
    }

    private sealed record ListedJob(string? Title, string Url, decimal? SalaryMin);

    /// <summary>Polls the public <c>/api/jobs</c> as a visitor would (no key) until <paramref name="shows"/> holds.</summary>
    /// <returns>False when the patience ran out first.</returns>
    private static async Task<bool> WaitUntilAsync(PipelineHostProcess host, HttpClient client, Func<IReadOnlyList<ListedJob>, bool> shows)
    {
        var patience = Stopwatch.StartNew();
        while (patience.Elapsed < Patience)
        {
            if (host.HasExited)
            {
                throw new InvalidOperationException($"The Host exited; its log ends:{Environment.NewLine}{string.Join(Environment.NewLine, host.LogTail(20))}");
            }

            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("api/jobs?pageSize=100", UriKind.Relative));
                using var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    throw new InvalidOperationException($"/api/jobs refused the benchmark's polling: {await response.Content.ReadAsStringAsync()}");
                }

                if (response.IsSuccessStatusCode && shows(Jobs(await response.Content.ReadAsStringAsync())))
                {
                    return true;
                }
            }
            catch (HttpRequestException)
            {
                // The Host is still starting.
            }

            await Task.Delay(PollEvery);
        }

        return false;
    }

    private static List<ListedJob> Jobs(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("items").EnumerateArray().Select(item => new ListedJob(
            item.GetProperty("title").GetString(),
            item.GetProperty("url").GetString() ?? "",
            item.TryGetProperty("salary", out var salary) && salary.ValueKind == JsonValueKind.Object && salary.GetProperty("min").ValueKind == JsonValueKind.Number
                ? salary.GetProperty("min").GetDecimal()
                : null))];
    }

    /// <summary>The nearest-rank percentile: p95 of 20 tries is the 19th fastest.</summary>
    private static double Rank(double[] sorted, double share) => sorted[Math.Max(0, (int)Math.Ceiling(sorted.Length * share) - 1)];

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
}
