using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using JobAggregator.Api;
using JobAggregator.Contracts;
using JobAggregator.Sources;
using JobAggregator.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Benchmarks;

/// <summary>The api role serving a large store (<c>dotnet run -c Release -- web [--postings N] [--seconds S]
/// [--connections C]</c>): requests per second and latency of the pages, the search and a feed beside
/// <c>/health/live</c> in the same run, the p99 at half each one's top rate, and the 304 answer to a repeated request.
/// Prints figures; asserts nothing. The load comes from this process too, so the figures are a floor.</summary>
internal static class WebServingBenchmark
{
    private static readonly string[] Titles =
        ["Staff Attorney", "Paralegal", "Investigator", "Intake Specialist", "Communications Manager", "Development Director", "Policy Fellow", "Social Worker"];

    private static readonly string[] Cities = ["New York", "Atlanta", "Chicago", "Houston", "Denver", "Seattle", "Boston", "Miami"];

    public static async Task RunAsync(string[] args)
    {
        var postings = Option(args, "--postings", 100_000);
        var seconds = Option(args, "--seconds", 10);
        var connections = Option(args, "--connections", 16);
        var folder = Directory.CreateTempSubdirectory("jobaggregator-web-bench-").FullName;
        try
        {
            await using var app = await StartAsync(folder);
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            Console.WriteLine($"Seeding {postings:N0} postings into {folder} ...");
            var seeding = Stopwatch.StartNew();
            await SeedAsync(app.Services.GetRequiredService<IPostingStore>(), postings);
            Console.WriteLine($"Seeded in {seeding.Elapsed.TotalSeconds:N0} s.");

            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = address };
            var someId = await FirstIdAsync(client);
            var etag = (await client.GetAsync(new Uri("/api/jobs?q=attorney", UriKind.Relative))).Headers.ETag!;
            var targets = new (string Name, Func<HttpRequestMessage> Request)[]
            {
                ("/health/live", () => Get("/health/live")),
                ("/", () => Get("/")),
                ("/jobs/{id}", () => Get($"/jobs/{someId}")),
                ("/api/jobs?q=attorney", () => Get("/api/jobs?q=attorney")),
                ("/feeds/jobs.rss", () => Get("/feeds/jobs.rss")),
                ("/api/jobs?q=attorney (If-None-Match: 304)", () => Conditional("/api/jobs?q=attorney", etag)),
            };

            Console.WriteLine($"{connections} connections, {seconds} s per figure, {Environment.ProcessorCount} processors shared with the load.");
            Console.WriteLine($"{"endpoint",-44} {"req/s",9} {"x live",7} {"p50 ms",7} {"p99 ms",7} {"status",6} | at half rate: {"req/s",7} {"p99 ms",7}");
            double? live = null;
            foreach (var (name, request) in targets)
            {
                await MeasureAsync(client, request, connections, TimeSpan.FromSeconds(1), null); // warm-up
                var full = await MeasureAsync(client, request, connections, TimeSpan.FromSeconds(seconds), null);
                live ??= full.PerSecond;
                var half = await MeasureAsync(client, request, connections, TimeSpan.FromSeconds(seconds), full.PerSecond / 2);
                Console.WriteLine(
                    $"{name,-44} {full.PerSecond,9:N0} {full.PerSecond / live.Value,7:N2} {full.P50,7:N1} {full.P99,7:N1} {full.Status,6} | {"",13}{half.PerSecond,7:N0} {half.P99,7:N1}");
            }
        }
        finally
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

    private static async Task<WebApplication> StartAsync(string folder)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Store:SqlitePath"] = Path.Combine(folder, "jobs.db"),
            // The benchmark is one client address sending as fast as it can.
            ["Api:RateLimit:PermitLimit"] = int.MaxValue.ToString(CultureInfo.InvariantCulture),
        });
        builder.Services.AddSingleton(new SourceCatalog(Path.Combine(folder, "sources.yml"), []));
        builder.Services.AddPostingStore(builder.Configuration);
        builder.Services.AddHealthChecks();
        builder.Services.AddApi();
        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.UseApi();
        app.MapApi();
        await app.StartAsync();
        return app;
    }

    private static async Task SeedAsync(IPostingStore store, int count)
    {
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var title = Titles[i % Titles.Length];
            var city = Cities[i / Titles.Length % Cities.Length];
            var organization = $"Member {i % 60}";
            await store.UpsertAsync(new PostingNormalized(
                $"source-{i % 60}",
                Guid.NewGuid(),
                start.AddMinutes(i),
                $"posting-{i}",
                $"{title} {i}",
                new NormalizedOrganization($"member-{i % 60}", organization),
                new NormalizedLocation($"{city}, US", city, null, "US", i % 7 == 0),
                i % 3 == 0 ? "PART_TIME" : "FULL_TIME",
                new NormalizedSalary(50_000 + i % 50 * 1000, 60_000 + i % 50 * 1000, "USD", "YEAR", null) { AnnualMin = 50_000 + i % 50 * 1000, AnnualMax = 60_000 + i % 50 * 1000 },
                DateOnly.FromDateTime(start.AddMinutes(i).UtcDateTime),
                null,
                $"<p>{title} at {organization} in {city}. Represent clients, review case files and work with the team.</p>",
                $"{title} at {organization} in {city}. Represent clients, review case files and work with the team.",
                $"https://member-{i % 60}.example/jobs/{i}",
                null,
                "json-ld",
                $"hash-{i}")
            { Categories = [i % Titles.Length == 0 ? "attorney" : "other"], Language = "en" }, CancellationToken.None);
        }
    }

    private static async Task<string> FirstIdAsync(HttpClient client)
    {
        using var list = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/jobs?pageSize=1", UriKind.Relative)));
        return list.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    private static HttpRequestMessage Get(string path) => new(HttpMethod.Get, new Uri(path, UriKind.Relative));

    private static HttpRequestMessage Conditional(string path, EntityTagHeaderValue etag)
    {
        var request = Get(path);
        request.Headers.IfNoneMatch.Add(etag);
        return request;
    }

    private sealed record Figures(double PerSecond, double P50, double P99, int Status);

    /// <summary>Each connection sends one request after another for <paramref name="duration"/>, or at
    /// <paramref name="rate"/> requests per second in all when given.</summary>
    private static async Task<Figures> MeasureAsync(HttpClient client, Func<HttpRequestMessage> request, int connections, TimeSpan duration, double? rate)
    {
        var latencies = new List<double>[connections];
        var status = 0;
        var clock = Stopwatch.StartNew();
        var interval = rate is { } r ? TimeSpan.FromSeconds(connections / r) : TimeSpan.Zero;
        await Task.WhenAll(Enumerable.Range(0, connections).Select(async c =>
        {
            latencies[c] = [];
            var next = clock.Elapsed + interval * c / connections;
            while (clock.Elapsed < duration)
            {
                if (interval > TimeSpan.Zero && next > clock.Elapsed)
                {
                    await Task.Delay(next - clock.Elapsed);
                }

                next += interval;
                var sent = clock.Elapsed;
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                status = (int)response.StatusCode;
                latencies[c].Add((clock.Elapsed - sent).TotalMilliseconds);
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Figures(all.Length / clock.Elapsed.TotalSeconds, Percentile(all, 0.50), Percentile(all, 0.99), status);
    }

    private static double Percentile(double[] sorted, double share) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * share))];

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
