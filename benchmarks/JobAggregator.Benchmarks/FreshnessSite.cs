using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace JobAggregator.Benchmarks;

/// <summary>A small member's careers site on loopback, edited while it is read: a listing table (title and place) whose
/// rows link to detail pages (pay, hours, description). Every page answers with an ETag of its content and the time of
/// its last edit as Last-Modified, and 304 to a request that holds them, as a site's CMS would.</summary>
internal sealed class FreshnessSite : IAsyncDisposable
{
    private const string Organisation = "Freshness Member Organisation";

    private static readonly string[] Titles = ["Staff Attorney", "Investigator", "Paralegal", "Intake Specialist", "Policy Fellow", "Social Worker"];
    private static readonly string[] Cities = ["Atlanta, GA", "Columbus, OH", "Denver, CO", "Boston, MA", "Houston, TX", "Seattle, WA"];

    private readonly WebApplication _server;
    private readonly Lock _gate = new();
    private readonly string[] _titles;
    private readonly int[] _salaries;
    private readonly Dictionary<string, DateTimeOffset> _edited = new(StringComparer.Ordinal);
    private long _requests;

    private FreshnessSite(WebApplication server, Uri baseUrl, string sourceId, int postings)
    {
        _server = server;
        BaseUrl = baseUrl;
        SourceId = sourceId;
        _titles = [.. Enumerable.Range(0, postings).Select(i => $"{Titles[i % Titles.Length]} {i + 1}")];
        _salaries = [.. Enumerable.Range(0, postings).Select(i => 50_000 + i * 1_000)];
        var start = DateTimeOffset.UtcNow.AddMinutes(-1);
        _edited[ListingPath] = start;
        for (var i = 0; i < postings; i++)
        {
            _edited[DetailPath(i)] = start;
        }
    }

    public Uri BaseUrl { get; }

    public string SourceId { get; }

    public int Postings => _titles.Length;

    /// <summary>Requests answered so far, robots.txt included.</summary>
    public long Requests => Interlocked.Read(ref _requests);

    private const string ListingPath = "/jobs/";

    /// <param name="address">The loopback address served on; the scraper's politeness is per host, so sites on other
    /// addresses are read beside it.</param>
    public static async Task<FreshnessSite> StartAsync(string sourceId, int postings, string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{address}:0");
        builder.Logging.ClearProviders();
        var server = builder.Build();
        FreshnessSite? site = null;
        server.MapGet("/robots.txt", () => Results.Text("User-agent: *\nAllow: /\n"));
        server.MapGet("/jobs/", (HttpContext context) => site!.Answer(context, ListingPath, site.Listing()));
        server.MapGet("/jobs/{posting:int}/", (int posting, HttpContext context) =>
            posting < 0 || posting >= site!.Postings ? Results.NotFound() : site.Answer(context, DetailPath(posting), site.Detail(posting)));
        await server.StartAsync();
        var bound = server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        site = new FreshnessSite(server, new Uri(bound.TrimEnd('/') + "/"), sourceId, postings);
        return site;
    }

    /// <summary>This site's entry in a sources file, read by CSS rules with detail pages.</summary>
    /// <param name="schedule">A Quartz cron expression; far off by default, so that the start-up run and the
    /// operator's "scrape now" are the only runs.</param>
    public string SourceYaml(string schedule = "0 0 0 1 1 ? 2099") => $"""
          - id: {SourceId}
            organization: {Organisation} {SourceId}
            url: {new Uri(BaseUrl, ListingPath)}
            country: US
            schedule: "{schedule}"
            strategy: css
            allowPrivateNetwork: true
            selectors:
              item: table.jobs tbody tr
              title: td.title
              link: td.title a
              location: td.location
            detail:
              employmentType: "label:Hours"
              salary: "label:Salary"
              description: div.description

        """;

    public string Title(int posting)
    {
        lock (_gate)
        {
            return _titles[posting];
        }
    }

    public int Salary(int posting)
    {
        lock (_gate)
        {
            return _salaries[posting];
        }
    }

    /// <summary>Renames a posting, on the listing page and in its detail page's heading.</summary>
    public void Rename(int posting, string title)
    {
        lock (_gate)
        {
            _titles[posting] = title;
            // The detail page's heading carries the title too.
            _edited[ListingPath] = _edited[DetailPath(posting)] = DateTimeOffset.UtcNow;
        }
    }

    /// <summary>Changes a posting's pay on its detail page only; the listing stays the same, and answers 304.</summary>
    public void ChangeSalary(int posting, int yearly)
    {
        lock (_gate)
        {
            _salaries[posting] = yearly;
            _edited[DetailPath(posting)] = DateTimeOffset.UtcNow;
        }
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    private static string DetailPath(int posting) => $"/jobs/{posting}/";

    private IResult Answer(HttpContext context, string path, string html)
    {
        Interlocked.Increment(ref _requests);
        DateTimeOffset edited;
        lock (_gate)
        {
            edited = _edited[path];
        }

        var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(html)))[..16]}\"");
        var response = context.Response.GetTypedHeaders();
        response.ETag = etag;
        response.LastModified = edited;
        var request = context.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Count > 0 ? request.IfNoneMatch.Any(e => e.Compare(etag, useStrongComparison: false)) : request.IfModifiedSince >= edited.AddTicks(-(edited.Ticks % TimeSpan.TicksPerSecond)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Content(html, "text/html; charset=utf-8");
    }

    private string Listing()
    {
        var rows = new StringBuilder();
        lock (_gate)
        {
            for (var i = 0; i < _titles.Length; i++)
            {
                rows.Append(CultureInfo.InvariantCulture,
                    $"""<tr><td class="title"><a href="/jobs/{i}/">{WebUtility.HtmlEncode(_titles[i])}</a></td><td class="location">{Cities[i % Cities.Length]}</td></tr>""");
                rows.Append('\n');
            }
        }

        return $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Careers | {Organisation}</title></head>
            <body><h1>Open positions</h1>
            <table class="jobs"><thead><tr><th>Position</th><th>Location</th></tr></thead>
            <tbody>
            {rows}</tbody></table>
            </body></html>
            """;
    }

    private string Detail(int posting)
    {
        string title;
        int salary;
        lock (_gate)
        {
            (title, salary) = (_titles[posting], _salaries[posting]);
        }

        return string.Create(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(title)} | {Organisation}</title></head>
            <body><h1>{WebUtility.HtmlEncode(title)}</h1>
            <table class="details">
            <tr><th>Location</th><td>{Cities[posting % Cities.Length]}</td></tr>
            <tr><th>Hours</th><td>Full-time</td></tr>
            <tr><th>Salary</th><td>${salary:N0} – ${salary + 10_000:N0} per year</td></tr>
            </table>
            <div class="description"><p>Join {Organisation} to work on innocence cases with our legal team: review case files,
            meet clients and work with investigators and experts.</p></div>
            </body></html>
            """);
    }
}
