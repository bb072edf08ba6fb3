using System.Net;
using JobAggregator.Contracts;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Scraping;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using JobAggregator.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace JobAggregator.Scraper.Tests.Ssrf;

/// <summary>The SSRF table: every address form, inward DNS name, redirect and link kind the scraper follows is tried
/// against a loopback canary (a real Kestrel server on 127.0.0.1 counting every request, robots.txt included), which
/// must never be hit. The "public" sites the links start from are loopback servers the address policy is told to
/// allow, in this test only; the canary's port is not among them, so it is judged as in production. Names resolve
/// through the operating system except the few a stand-in DNS answers with inside addresses.</summary>
public sealed class SsrfCanaryTests : IAsyncLifetime
{
    private static readonly SelectorSet Jobs = new() { Item = "li.job", Title = "a", Link = "a", NextPage = "a[rel=next]" };
    private readonly CapturedLogs _logs = new();
    private LoopbackSite _canary = null!;
    private LoopbackSite _origin = null!;
    private LoopbackSite _sitemapIndexSite = null!;
    private LoopbackSite _sitemapPagesSite = null!;
    private LoopbackSite _robotsSite = null!;
    private ServiceProvider _services = null!;
    private int _row;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _canary = await LoopbackSite.StartAsync();
        _canary.MapText("/", "canary");
        _origin = await LoopbackSite.StartAsync();
        _sitemapIndexSite = await LoopbackSite.StartAsync();
        _sitemapPagesSite = await LoopbackSite.StartAsync();
        _robotsSite = await LoopbackSite.StartAsync();
        var inward = new InwardHostsResolver(new Dictionary<string, IPAddress[]>(StringComparer.OrdinalIgnoreCase)
        {
            ["canary.localhost"] = [IPAddress.Loopback],
            ["inward.example"] = [IPAddress.Loopback],
            ["inward6.example"] = [IPAddress.IPv6Loopback],
            ["mapped.example"] = [IPAddress.Parse("::ffff:127.0.0.1")],
            ["metadata.example"] = [IPAddress.Parse("169.254.169.254")],
            ["mixed.example"] = [IPAddress.Parse("192.0.2.10"), IPAddress.Loopback],
            ["boards.greenhouse.io"] = [IPAddress.Loopback],
            ["boards-api.greenhouse.io"] = [IPAddress.Loopback],
            ["api.lever.co"] = [IPAddress.IPv6Loopback],
        });
        _services = FetchingServices.Build(services => services
            .AddLogging(logging => logging.AddProvider(_logs).SetMinimumLevel(LogLevel.Information))
            .AddSingleton<IAddressPolicy>(new LoopbackPortsCountAsPublic(_origin.Port, _sitemapIndexSite.Port, _sitemapPagesSite.Port, _robotsSite.Port))
            .AddSingleton<IHostResolver>(inward));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _canary.DisposeAsync();
        await _origin.DisposeAsync();
        await _sitemapIndexSite.DisposeAsync();
        await _sitemapPagesSite.DisposeAsync();
        await _robotsSite.DisposeAsync();
    }

    [Fact]
    public async Task No_vector_of_the_table_reaches_the_loopback_canary()
    {
        var vectors = Vectors().ToList();
        var rows = new List<(SsrfVector Vector, string Outcome, int CanaryHits)>();
        foreach (var vector in vectors)
        {
            var hitsBefore = _canary.Requests.Count;
            string outcome;
            try
            {
                outcome = await vector.Run();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                outcome = $"UNEXPECTED: {e.GetType().Name}: {e.Message}";
            }

            rows.Add((vector, outcome, _canary.Requests.Count - hitsBefore));
        }

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"{"#",3}  {"vector",-46} {"entry point",-34} {"canary",6}  outcome");
        for (var i = 0; i < rows.Count; i++)
        {
            var (vector, outcome, hits) = rows[i];
            output?.WriteLine($"{i + 1,3}  {vector.Vector,-46} {vector.EntryPoint,-34} {hits,6}  {Shorten(outcome)}");
        }

        output?.WriteLine($"{rows.Count} vectors over {rows.Select(r => r.Vector.EntryPoint).Distinct().Count()} entry points; canary hits: {_canary.Requests.Count}");
        Assert.True(rows.Count >= 40, $"the table has {rows.Count} vectors");
        Assert.Empty(rows.Where(r => r.Outcome.StartsWith("UNEXPECTED", StringComparison.Ordinal)).Select(r => $"{r.Vector.Vector} via {r.Vector.EntryPoint}: {r.Outcome}"));
        Assert.Empty(_canary.Requests);
    }

    private IEnumerable<SsrfVector> Vectors()
    {
        var port = _canary.Port;
        (string Name, string Url)[] literals =
        [
            ("127.0.0.1", $"http://127.0.0.1:{port}/"),
            ("decimal 2130706433", $"http://2130706433:{port}/"),
            ("octal 0177.0.0.1", $"http://0177.0.0.1:{port}/"),
            ("hex 0x7f000001", $"http://0x7f000001:{port}/"),
            ("dotted hex 0x7f.0x0.0x0.0x1", $"http://0x7f.0x0.0x0.0x1:{port}/"),
            ("short 127.1", $"http://127.1:{port}/"),
            ("short 127.0.1", $"http://127.0.1:{port}/"),
            ("127.1.2.3 (rest of 127/8)", $"http://127.1.2.3:{port}/"),
            ("IPv6 ::1", $"http://[::1]:{port}/"),
            ("IPv6 0:0:0:0:0:0:0:1", $"http://[0:0:0:0:0:0:0:1]:{port}/"),
            ("mapped [::ffff:127.0.0.1]", $"http://[::ffff:127.0.0.1]:{port}/"),
            ("mapped hex ::ffff:7f00:1", $"http://[::ffff:7f00:1]:{port}/"),
            ("compatible ::127.0.0.1", $"http://[::127.0.0.1]:{port}/"),
            ("translated ::ffff:0:7f00:1", $"http://[::ffff:0:7f00:1]:{port}/"),
            ("0.0.0.0", $"http://0.0.0.0:{port}/"),
            ("0", $"http://0:{port}/"),
            ("IPv6 unspecified ::", $"http://[::]:{port}/"),
            ("cloud metadata 169.254.169.254", "http://169.254.169.254/latest/meta-data/"),
            ("carrier-grade NAT 100.64.0.1", $"http://100.64.0.1:{port}/"),
            ("10.0.0.1", $"http://10.0.0.1:{port}/"),
            ("172.16.0.1", $"http://172.16.0.1:{port}/"),
            ("192.168.0.1", $"http://192.168.0.1:{port}/"),
            ("unique-local fc00::1", $"http://[fc00::1]:{port}/"),
            ("unique-local fd12:3456::1", $"http://[fd12:3456::1]:{port}/"),
            ("link-local fe80::1", $"http://[fe80::1]:{port}/"),
            ("NAT64 64:ff9b::7f00:1", $"http://[64:ff9b::7f00:1]:{port}/"),
            ("NAT64 local 64:ff9b:1::7f00:1", $"http://[64:ff9b:1::7f00:1]:{port}/"),
            ("Teredo to 127.0.0.1", $"http://[2001:0:4136:e378:8000:63bf:80ff:fffe]:{port}/"),
            ("6to4 2002:7f00:1::", $"http://[2002:7f00:1::]:{port}/"),
            ("documentation 192.0.2.1", $"http://192.0.2.1:{port}/"),
            ("credentials user:secret@127.0.0.1", $"http://user:secret@127.0.0.1:{port}/"),
            ("localhost", $"http://localhost:{port}/"),
            ("LOCALHOST", $"http://LOCALHOST:{port}/"),
            ("canary.localhost (RFC 6761 name)", $"http://canary.localhost:{port}/"),
            ("DNS name -> 127.0.0.1", $"http://inward.example:{port}/"),
            ("DNS name -> ::1", $"http://inward6.example:{port}/"),
            ("DNS name -> ::ffff:127.0.0.1", $"http://mapped.example:{port}/"),
            ("DNS name -> 169.254.169.254", $"http://metadata.example:{port}/"),
            ("DNS name -> 192.0.2.10 and 127.0.0.1", $"http://mixed.example:{port}/"),
        ];
        foreach (var (name, url) in literals)
        {
            yield return new SsrfVector(name, "listing URL", () => RefusedListingAsync(new Uri(url)));
        }

        (string Name, int Status, string Location)[] redirects =
        [
            ("301 to 127.0.0.1", 301, $"http://127.0.0.1:{port}/"),
            ("302 to 127.0.0.1", 302, $"http://127.0.0.1:{port}/"),
            ("303 to 127.0.0.1", 303, $"http://127.0.0.1:{port}/"),
            ("307 to 127.0.0.1", 307, $"http://127.0.0.1:{port}/"),
            ("308 to 127.0.0.1", 308, $"http://127.0.0.1:{port}/"),
            ("302 protocol-relative //127.0.0.1", 302, $"//127.0.0.1:{port}/admin/"),
            ("302 with credentials in Location", 302, $"http://admin:admin@127.0.0.1:{port}/"),
            ("302 to localhost", 302, $"http://localhost:{port}/"),
            ("302 to decimal 2130706433", 302, $"http://2130706433:{port}/"),
            ("301 to [::ffff:127.0.0.1]", 301, $"http://[::ffff:127.0.0.1]:{port}/"),
            ("307 to a name resolving inward", 307, $"http://inward.example:{port}/"),
            ("302 to the metadata address", 302, "http://169.254.169.254/latest/meta-data/"),
        ];
        foreach (var (name, status, location) in redirects)
        {
            yield return new SsrfVector(name, "redirect of the listing", () =>
            {
                var path = NextPath("redirect");
                _origin.MapRedirect(path, location, status);
                return RefusedListingAsync(_origin.Url(path));
            });
        }

        foreach (var (name, location) in new[] { ("302 to file:///etc/passwd", "file:///etc/passwd"), ("302 to gopher://127.0.0.1", $"gopher://127.0.0.1:{port}/_GET") })
        {
            yield return new SsrfVector(name, "redirect of the listing", async () =>
            {
                var path = NextPath("scheme");
                _origin.MapRedirect(path, location);
                var error = await Assert.ThrowsAsync<FetchException>(() => Scraper().ScrapeAsync(Source(_origin.Url(path)), Ct));
                Assert.Equal(FetchFailure.UnsupportedScheme, error.Failure);
                return $"run fails: {error.Reason}";
            });
        }

        yield return new SsrfVector("robots.txt 302 to 127.0.0.1", "robots.txt of the listing's host", () =>
        {
            _robotsSite.MapRedirect("/robots.txt", $"http://127.0.0.1:{port}/robots.txt");
            _robotsSite.MapText("/careers/", "<html><body><h1>Careers</h1></body></html>");
            return RefusedListingAsync(_robotsSite.Url("/careers/"));
        });

        yield return new SsrfVector("relative 302, then 302 to 127.0.0.1", "redirect of the listing", () =>
        {
            var first = NextPath("hop");
            var second = NextPath("hop");
            _origin.MapRedirect(first, second);
            _origin.MapRedirect(second, $"http://127.0.0.1:{port}/");
            return RefusedListingAsync(_origin.Url(first));
        });

        foreach (var target in new[] { $"http://127.0.0.1:{port}/careers/page/2/", $"http://inward.example:{port}/careers/page/2/" })
        {
            yield return new SsrfVector($"rel=next {Host(target)}", "rel=next (selectors)", () => NextPageEndsTheListingAsync(target));
        }

        foreach (var target in new[] { $"http://127.0.0.1:{port}/careers/attorney/", $"http://localhost:{port}/careers/attorney/" })
        {
            yield return new SsrfVector($"detail link {Host(target)}", "detail link (selectors)", () => DetailLinkKeepsTheListingFieldsAsync(target));
        }

        yield return new SsrfVector($"detail link 127.0.0.1:{port} (same host)", "detail link (auto, JSON-LD)", () =>
            AutomaticDetailLinkKeepsTheListingFieldsAsync($"http://127.0.0.1:{port}/careers/attorney/"));
        yield return new SsrfVector("job feed link 127.0.0.1", "feed link", () => FeedLinkIsNotReadAsync($"http://127.0.0.1:{port}/jobs/feed/"));
        yield return new SsrfVector("job feed link to a name inward", "feed link", () => FeedLinkIsNotReadAsync($"http://mapped.example:{port}/jobs/feed/"));
        yield return new SsrfVector("boards-api.greenhouse.io -> 127.0.0.1", "hiring-tool API host", () =>
            HiringToolApiIsRefusedAsync("https://boards.greenhouse.io/acmelaw", "boards-api.greenhouse.io"));
        yield return new SsrfVector("api.lever.co -> ::1", "hiring-tool API host", () =>
            HiringToolApiIsRefusedAsync("https://jobs.lever.co/acmelaw", "api.lever.co"));
        yield return new SsrfVector($"careers link 127.0.0.1:{port}", "discovery: careers-page link", () =>
            CareersLinkIsRefusedAsync($"http://127.0.0.1:{port}/careers/"));
        yield return new SsrfVector("careers link boards.greenhouse.io -> 127.0.0.1", "discovery: careers-page link", () =>
            CareersLinkIsRefusedAsync("https://boards.greenhouse.io/acmelaw"));
        yield return new SsrfVector($"child sitemap 127.0.0.1:{port}", "discovery: sitemap entry", ChildSitemapIsNotReadAsync);
        yield return new SsrfVector($"sitemap page 127.0.0.1:{port}", "discovery: sitemap entry", SitemapPageIsRefusedAsync);
    }

    /// <summary>The listing itself leads inside: the run fails, naming the refusal.</summary>
    private async Task<string> RefusedListingAsync(Uri url)
    {
        var error = await Assert.ThrowsAsync<FetchException>(() => Scraper().ScrapeAsync(Source(url), Ct));
        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        return $"run fails: {error.Reason}";
    }

    private async Task<string> NextPageEndsTheListingAsync(string next)
    {
        var path = NextPath("paged");
        _origin.MapText(path, $"""
            <html><body><ul><li class="job"><a href="{path}attorney/">Staff Attorney</a></li></ul>
            <a rel="next" href="{next}">Next</a></body></html>
            """);
        var source = Source(_origin.Url(path)) with { Strategy = ExtractionStrategy.Css, Selectors = Jobs };

        var outcome = await Scraper().ScrapeAsync(source, Ct);

        Assert.Equal(["Staff Attorney"], outcome.Postings.Select(p => p.Title));
        Assert.True(outcome.ListingTruncated);
        return $"listing kept ({outcome.Postings.Count} posting), cut short; {Warning(next)}";
    }

    private async Task<string> DetailLinkKeepsTheListingFieldsAsync(string detail)
    {
        var path = NextPath("listing");
        _origin.MapText(path, $"""<html><body><ul><li class="job"><a href="{detail}">Staff Attorney</a></li></ul></body></html>""");
        var source = Source(_origin.Url(path)) with
        {
            Strategy = ExtractionStrategy.Css,
            Selectors = Jobs,
            Detail = new SelectorSet { Description = "div.description" },
        };

        var outcome = await Scraper().ScrapeAsync(source, Ct);

        var posting = Assert.Single(outcome.Postings);
        Assert.Null(posting.DescriptionHtml);
        Assert.Empty(outcome.Gone);
        return $"posting kept with its listing fields; {Warning(detail)}";
    }

    private async Task<string> AutomaticDetailLinkKeepsTheListingFieldsAsync(string detail)
    {
        var path = NextPath("openings");
        _origin.MapText(path, $$$"""
            <html><head><script type="application/ld+json">
            {"@context": "https://schema.org", "@type": "JobPosting", "title": "Staff Attorney", "url": "{{{detail}}}",
             "hiringOrganization": {"@type": "Organization", "name": "Canary Test"}}
            </script></head><body><h1>Openings</h1></body></html>
            """);

        var outcome = await Scraper().ScrapeAsync(Source(_origin.Url(path)), Ct);

        Assert.Equal("json-ld", outcome.ExtractedBy);
        Assert.Equal(["Staff Attorney"], outcome.Postings.Select(p => p.Title));
        Assert.Empty(outcome.Gone);
        return $"posting kept with its listing fields; {Warning(detail)}";
    }

    private async Task<string> FeedLinkIsNotReadAsync(string feed)
    {
        var path = NextPath("with-feed");
        _origin.MapText(path, $"""
            <html><head><link rel="alternate" type="application/rss+xml" title="Jobs" href="{feed}"></head>
            <body><h1>Work with us</h1></body></html>
            """);

        var outcome = await Scraper().ScrapeAsync(Source(_origin.Url(path)), Ct);

        Assert.Empty(outcome.Postings);
        return $"run completes, nothing from the feed; {Warning(feed)}";
    }

    private async Task<string> HiringToolApiIsRefusedAsync(string board, string apiHost)
    {
        var path = NextPath("board");
        _origin.MapText(path, $"""<html><body><h1>Careers</h1><a href="{board}">See our openings</a></body></html>""");

        var outcome = await Scraper().ScrapeAsync(Source(_origin.Url(path)), Ct);

        Assert.Empty(outcome.Postings);
        return $"run completes, board not read; {Warning(apiHost)}";
    }

    private async Task<string> CareersLinkIsRefusedAsync(string careers)
    {
        var path = NextPath("site");
        _origin.MapText(path, $"""<html><body><nav><a href="{careers}">Careers</a></nav><h1>Welcome</h1></body></html>""");
        var source = Source(_origin.Url(path)) with { Website = _origin.Url(path) };

        var error = await Assert.ThrowsAsync<FetchException>(() => Scraper().ScrapeAsync(source, Ct));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        return $"run fails: {error.Reason}";
    }

    private async Task<string> ChildSitemapIsNotReadAsync()
    {
        var child = $"http://127.0.0.1:{_canary.Port}/sitemap-jobs.xml";
        _sitemapIndexSite.MapText("/", "<html><body><h1>Welcome</h1></body></html>");
        _sitemapIndexSite.MapText("/sitemap.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><sitemap><loc>{child}</loc></sitemap></sitemapindex>
            """, "application/xml");
        var source = Source(_sitemapIndexSite.Url("/")) with { Website = _sitemapIndexSite.Url("/") };

        var outcome = await Scraper().ScrapeAsync(source, Ct);

        Assert.Equal(NoPostingsReasons.NoListing, outcome.NoPostingsReason);
        return $"run completes, no careers page found; {Warning(child)}";
    }

    private async Task<string> SitemapPageIsRefusedAsync()
    {
        _sitemapPagesSite.MapText("/", "<html><body><h1>Welcome</h1></body></html>");
        _sitemapPagesSite.MapText("/sitemap.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://127.0.0.1:{_canary.Port}/careers/</loc></url></urlset>
            """, "application/xml");
        var source = Source(_sitemapPagesSite.Url("/")) with { Website = _sitemapPagesSite.Url("/") };

        var error = await Assert.ThrowsAsync<FetchException>(() => Scraper().ScrapeAsync(source, Ct));

        Assert.Equal(FetchFailure.PrivateAddress, error.Failure);
        return $"run fails: {error.Reason}";
    }

    /// <summary>The warning logged for <paramref name="mentioning"/>, which must say the address was refused.</summary>
    private string Warning(string mentioning)
    {
        var line = _logs.Lines.LastOrDefault(l => l.Contains(mentioning, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"nothing was logged about {mentioning}");
        Assert.Contains("refused to connect", line, StringComparison.Ordinal);
        return "logged: " + line;
    }

    private SourceScraper Scraper() => _services.GetRequiredService<SourceScraper>();

    private SourceDefinition Source(Uri url) => new(
        $"ssrf-{++_row}", "Canary Test", url, SourceDefinition.DefaultSchedule, ExtractionStrategy.Auto, null, null, "US", AllowPrivateNetwork: false);

    private string NextPath(string kind) => $"/{kind}-{++_row}/";

    private static string Host(string url) => new Uri(url).Authority;

    private static string Shorten(string text) => text.Length <= 150 ? text : text[..147] + "...";
}
