using System.Net;
using System.Text.Json;
using JobAggregator.Scraper.Fetching;
using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Scraper.Tests.Ssrf;
using JobAggregator.Sources;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A member's page whose only way to its openings is a link to a Workday site, read over real HTTP on loopback
/// (the Workday host resolved there): the site's cxs list is POSTed a page at a time as its own app asks, the server
/// checking every body, and each posting's detail is a GET.</summary>
public sealed class WorkdayBoardOverHttpTests : IAsyncLifetime
{
    private const string Host = "lawclinic.wd1.myworkdayjobs.com";
    private const string List = "/wday/cxs/lawclinic/Clinics/jobs";
    private const int Openings = 23;
    private LoopbackSite _site = null!;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.MapText("/join-our-team/", $"""
            <html><head><title>Join our team</title></head><body><main><h1>Join our team</h1>
            <p>The clinics hire through the university.</p>
            <a class="wp-block-button__link" href="http://{Host}:{_site.Port}/en-US/Clinics">View all openings</a></main></body></html>
            """);
        _site.Map(List, AnswerSearchAsync);
        for (var i = 0; i < Openings; i++)
        {
            _site.MapText($"/wday/cxs/lawclinic/Clinics/job/Ann-Arbor-MI/Clinical-Fellow_R{i}", $$$"""
                {"jobPostingInfo":{"title":"Clinical Fellow {{{i}}}","location":"Ann Arbor, MI","timeType":"Full time",
                "startDate":"2026-11-02","jobDescription":"<p>Supervise students in the housing clinic ({{{i}}}).</p>"},
                "hiringOrganization":{"name":"University Law School"}}
                """, "application/json");
        }
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Every_opening_of_the_site_is_read_page_by_page_with_its_detail()
    {
        var (postings, completed) = await ScrapeAsync();

        Assert.Equal(Openings, completed.PostingKeys.Count);
        Assert.Equal("workday", completed.ExtractedBy);
        var fellow = Assert.Single(postings, p => p.Title == "Clinical Fellow 7");
        Assert.Equal("<p>Supervise students in the housing clinic (7).</p>", fellow.DescriptionHtml);
        Assert.Equal("Full time", fellow.EmploymentTypeText);
        Assert.Equal("Ann Arbor, MI", fellow.LocationText);
        Assert.Equal($"http://{Host}:{_site.Port}/Clinics/job/Ann-Arbor-MI/Clinical-Fellow_R7", fellow.Url);
        var searches = _site.RequestsTo(List);
        Assert.All(searches, s => Assert.Equal("POST", s.Method));
        Assert.Equal([0, 20], searches.Select(s => JsonDocument.Parse(s.Body).RootElement.GetProperty("offset").GetInt32()));
        Assert.All(_site.Requests.Where(r => r.PathAndQuery.Contains("/job/", StringComparison.Ordinal)), r => Assert.Equal("GET", r.Method));
    }

    [Fact]
    public async Task A_site_whose_robots_txt_disallows_the_list_gives_nothing_and_is_named()
    {
        _site.MapText("/robots.txt", "User-agent: *\nDisallow: /wday/\n", "text/plain");

        var (postings, completed) = await ScrapeAsync();

        Assert.Empty(postings);
        Assert.Empty(_site.RequestsTo(List));
        Assert.Equal("no-listing", completed.NoPostingsReason);
    }

    /// <summary>Answers the search as Workday does, and only a search shaped as the site's app sends it.</summary>
    private async Task AnswerSearchAsync(HttpContext context)
    {
        using var search = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var body = search.RootElement;
        if (context.Request.Method != "POST" || context.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true
            || body.GetProperty("appliedFacets").EnumerateObject().Any() || body.GetProperty("searchText").GetString() != ""
            || body.GetProperty("limit").GetInt32() != 20)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var offset = body.GetProperty("offset").GetInt32();
        var postings = Enumerable.Range(offset, Math.Max(0, Math.Min(20, Openings - offset))).Select(i => new
        {
            title = $"Clinical Fellow {i}",
            externalPath = $"/job/Ann-Arbor-MI/Clinical-Fellow_R{i}",
            locationsText = "Ann Arbor, MI",
            postedOn = "Posted Today",
        });
        context.Response.ContentType = "application/json";
        // Workday gives the board's total with the first page only.
        await context.Response.WriteAsync(JsonSerializer.Serialize(new { total = offset == 0 ? Openings : 0, jobPostings = postings }), context.RequestAborted);
    }

    private Task<(IReadOnlyList<Contracts.PostingScraped> Postings, Contracts.ScrapeCompleted Completed)> ScrapeAsync() =>
        ScrapeThroughAsync(_site, Host, new SourceDefinition("law-clinic", "Law Clinic", _site.Url("/join-our-team/"), SourceDefinition.DefaultSchedule,
            ExtractionStrategy.Auto, null, null, Country: "US", AllowPrivateNetwork: true));

    /// <summary>One run of the source, <paramref name="toolHost"/> resolving to the loopback site.</summary>
    internal static async Task<(IReadOnlyList<Contracts.PostingScraped> Postings, Contracts.ScrapeCompleted Completed)> ScrapeThroughAsync(
        LoopbackSite site, string toolHost, SourceDefinition source)
    {
        var resolver = new InwardHostsResolver(new Dictionary<string, IPAddress[]>(StringComparer.OrdinalIgnoreCase) { [toolHost] = [IPAddress.Loopback] });
        var (postings, ended) = await ConsumerRun.EndAsync(source, services => services.AddSingleton<IHostResolver>(resolver));
        var completed = Assert.IsType<Contracts.ScrapeCompleted>(ended);
        return (postings, completed);
    }
}
