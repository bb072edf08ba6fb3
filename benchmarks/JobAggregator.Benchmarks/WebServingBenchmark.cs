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

/// <summary>The api role serving a large store (<c>dotnet run -c Release -- web [--postings N] [--through-store M] [--organizations O]
/// [--seconds S] [--connections C] [--only ENDPOINT]</c>): wrk's requests per second and latency for the pages, the searches and a feed
/// beside <c>/health/live</c> in the same run, the first (uncached) answer after a write, the p99 at half each one's top
/// rate, and the 304 answer to a repeated request. Prints figures; asserts nothing. wrk shares the processors with the
/// server, so the figures are a floor.</summary>
internal static class WebServingBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var postings = CommandOption.Int(args, "--postings", 100_000);
        var seconds = CommandOption.Int(args, "--seconds", 10);
        var connections = CommandOption.Int(args, "--connections", 32);
        var organizations = CommandOption.Int(args, "--organizations", 200);
        var only = CommandOption.Text(args, "--only");
        await WrkLoad.EnsureInstalledAsync();
        Console.WriteLine($"uptime at the start: {await WrkLoad.UptimeAsync()}");
        var folder = Directory.CreateTempSubdirectory("jobaggregator-web-bench-").FullName;
        try
        {
            await using var app = await StartAsync(folder, organizations);
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            var store = app.Services.GetRequiredService<IPostingStore>();
            var throughStore = Math.Min(postings, CommandOption.Int(args, "--through-store", 5_000));
            Console.WriteLine($"Writing {throughStore:N0} postings over {organizations:N0} organisations through the store into {folder} ...");
            var seeding = Stopwatch.StartNew();
            await SyntheticPostings.SeedAsync(store, throughStore, organizations);
            await SyntheticPostings.RecordRunsAsync(store, throughStore, organizations);
            Console.WriteLine($"Written in {seeding.Elapsed.TotalSeconds:N0} s ({throughStore / seeding.Elapsed.TotalSeconds:N0} postings/s), with one run a source.");
            var database = Path.Combine(folder, "jobs.db");
            if (postings > throughStore)
            {
                seeding.Restart();
                await SqliteCopies.FillAsync(database, postings);
                Console.WriteLine($"Copied in SQL up to {postings:N0} postings in {seeding.Elapsed.TotalSeconds:N0} s.");
            }

            Console.WriteLine($"Database: {DatabaseMegabytes(database):N0} MB.");

            if (args.Contains("--serve"))
            {
                Console.WriteLine($"Serving {address} until Ctrl+C.");
                await Task.Delay(Timeout.Infinite, app.Lifetime.ApplicationStopping).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            }

            using var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, AutomaticDecompression = DecompressionMethods.None, UseCookies = false }) { BaseAddress = address };
            var someId = await FirstIdAsync(client);
            var middle = await SqliteCopies.CursorHalfwayAsync(database);
            // A first visit has no antiforgery cookie, so the page's form costs a new cookie token and a request token;
            // a returning visitor sends the cookie back and costs the request token only.
            var targets = new (string Name, string Path, RequestKind Kind)[]
            {
                ("/health/live", "/health/live", RequestKind.FirstVisit),
                ("/", "/", RequestKind.FirstVisit),
                ("/ (returning visitor, with its cookie)", "/", RequestKind.ReturningVisitor),
                ("/?country=US&sort=salary", "/?country=US&sort=salary", RequestKind.FirstVisit),
                ("/jobs/{id}", $"/jobs/{someId}", RequestKind.FirstVisit),
                ("/api/jobs", "/api/jobs", RequestKind.FirstVisit),
                ("/api/jobs?q=attorney", "/api/jobs?q=attorney", RequestKind.FirstVisit),
                ("/api/jobs?q=attorney&sort=relevance", "/api/jobs?q=attorney&sort=relevance", RequestKind.FirstVisit),
                ("/api/jobs?country=US&sort=salary", "/api/jobs?country=US&sort=salary", RequestKind.FirstVisit),
                ("/api/jobs?page=200", "/api/jobs?page=200", RequestKind.FirstVisit),
                ("/api/jobs?cursor= (halfway down the list)", $"/api/jobs?cursor={middle}", RequestKind.FirstVisit),
                ("/api/jobs?remote=true", "/api/jobs?remote=true", RequestKind.FirstVisit),
                ("/api/jobs?category=attorney", "/api/jobs?category=attorney", RequestKind.FirstVisit),
                ("/api/jobs?organization=member-7", "/api/jobs?organization=member-7", RequestKind.FirstVisit),
                ("/api/jobs?sort=closing", "/api/jobs?sort=closing", RequestKind.FirstVisit),
                ("/api/sources", "/api/sources", RequestKind.FirstVisit),
                ("/feeds/jobs.rss", "/feeds/jobs.rss", RequestKind.FirstVisit),
                ("/api/jobs?q=attorney (If-None-Match: 304)", "/api/jobs?q=attorney", RequestKind.Conditional),
            };

            Console.WriteLine($"wrk: {connections} connections, 2 threads, {seconds} s per figure; {Environment.ProcessorCount} processors shared by wrk and the server.");
            Console.WriteLine("cold ms: the first answer after a write to the store, before anything is cached.");
            Console.WriteLine($"{"endpoint",-44} {"cold ms",8} {"req/s",9} {"x live",7} {"p50 ms",7} {"p99 ms",7} {"non-2xx",7} | at half rate: {"req/s",7} {"p99 ms",7}");
            double? live = null;
            var extra = postings;
            foreach (var (name, path, kind) in targets.Where(t => only is null || t.Path == "/health/live" || t.Name == only))
            {
                await store.UpsertAsync(SyntheticPostings.Posting(extra++, organizations), CancellationToken.None);
                var cold = Stopwatch.StartNew();
                using (var first = await client.GetAsync(new Uri(path, UriKind.Relative)))
                {
                    first.EnsureSuccessStatusCode();
                }

                var coldMs = cold.Elapsed.TotalMilliseconds;
                var headers = new Dictionary<string, string>();
                if (kind is not RequestKind.FirstVisit)
                {
                    using var answer = await client.GetAsync(new Uri(path, UriKind.Relative));
                    if (kind is RequestKind.Conditional)
                    {
                        headers["If-None-Match"] = answer.Headers.ETag!.ToString();
                    }
                    else
                    {
                        headers["Cookie"] = string.Join("; ", answer.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0]));
                    }
                }

                var url = new Uri(address, path);
                await WrkLoad.MeasureAsync(url, connections, Math.Min(2, connections), TimeSpan.FromSeconds(1), headers); // warm-up
                var full = await WrkLoad.MeasureAsync(url, connections, Math.Min(2, connections), TimeSpan.FromSeconds(seconds), headers);
                live ??= full.PerSecond;
                var half = await PacedLoad.MeasureAsync(client, () => Request(path, headers), connections, TimeSpan.FromSeconds(seconds), full.PerSecond / 2);
                Console.WriteLine(
                    $"{name,-44} {coldMs,8:N1} {full.PerSecond,9:N0} {full.PerSecond / live.Value,7:N2} {full.P50,7:N2} {full.P99,7:N2} {full.Non2xx,7} | {"",13}{half.PerSecond,7:N0} {half.P99,7:N2}");
            }

            var (rss, peak) = ResidentMegabytes();
            Console.WriteLine($"Server process (the api role, in this process; wrk apart): RSS {rss:N0} MB now, peak {peak:N0} MB.");
            Console.WriteLine($"uptime at the end: {await WrkLoad.UptimeAsync()}");
        }
        finally
        {
            try
            {
                if (Environment.GetEnvironmentVariable("BENCH_KEEP") is null) { Directory.Delete(folder, recursive: true); }
            }
            catch (IOException)
            {
            }
        }
    }

    /// <summary>VmRSS and VmHWM of this process, in MB.</summary>
    private static (double Now, double Peak) ResidentMegabytes()
    {
        var status = File.ReadAllLines("/proc/self/status");
        double Field(string name) => double.Parse(
            status.First(line => line.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture) / 1024;
        return (Field("VmRSS:"), Field("VmHWM:"));
    }

    private static double DatabaseMegabytes(string database) =>
        new[] { database, database + "-wal" }.Where(File.Exists).Sum(path => new FileInfo(path).Length) / 1024.0 / 1024.0;

    private static async Task<WebApplication> StartAsync(string folder, int organizations)
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
        builder.Services.AddSingleton(new SourceCatalog(
            Path.Combine(folder, "sources.yml"),
            Enumerable.Range(0, organizations).Select(member => new SourceDefinition(
                SyntheticPostings.SourceId(member),
                $"Member {member}",
                new Uri($"https://member-{member}.example/jobs"),
                SourceDefinition.DefaultSchedule,
                ExtractionStrategy.Auto,
                null,
                null,
                null,
                false))));
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

    private static async Task<string> FirstIdAsync(HttpClient client)
    {
        using var list = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/jobs?pageSize=1", UriKind.Relative)));
        return list.RootElement.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    private enum RequestKind
    {
        FirstVisit,
        ReturningVisitor,
        Conditional,
    }

    private static HttpRequestMessage Request(string path, IReadOnlyDictionary<string, string> headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }
}
