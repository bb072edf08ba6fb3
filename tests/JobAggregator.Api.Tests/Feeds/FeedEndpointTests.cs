using System.Net;
using System.Net.Http.Json;
using System.ServiceModel.Syndication;
using System.Text.Json;
using System.Xml;
using JobAggregator.Api.Tests.Http;

namespace JobAggregator.Api.Tests.Feeds;

/// <summary>The three feeds of a search over real HTTP and a real SQLite store, read back with real feed parsers.</summary>
public sealed class FeedEndpointTests : IAsyncLifetime
{
    private ApiServer _server = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await _server.StoreAsync(ApiServer.Posting("staff-attorney", "Staff Attorney"));
        await _server.StoreAsync(ApiServer.Posting("paralegal", "Paralegal") with { EmploymentType = "PART_TIME", Salary = null });
        await _server.StoreAsync(ApiServer.Posting("communications", "Chief Communications Officer", "Korey Wise Innocence Project") with
        {
            Location = new Contracts.NormalizedLocation("Remote", null, null, "US", true),
        });
    }

    public async ValueTask DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task The_RSS_feed_parses_and_lists_the_search_s_openings_with_their_page_as_a_permalink_guid()
    {
        var expected = await ApiJobsAsync("?q=attorney");

        using var response = await _server.Client.GetAsync("/feeds/jobs.rss?q=attorney", Ct);
        var feed = await ParseAsync(response);

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var item = Assert.Single(feed.Items);
        var (id, title) = Assert.Single(expected);
        var page = new Uri(_server.Client.BaseAddress!, $"/jobs/{id}").AbsoluteUri;
        Assert.Equal(title, item.Title.Text);
        Assert.Equal(page, item.Id);
        Assert.Equal(page, Assert.Single(item.Links).Uri.AbsoluteUri);
        Assert.Contains("About Staff Attorney.", ((TextSyndicationContent)item.Summary).Text, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 2, 28, 0, 0, 0, TimeSpan.Zero), item.PublishDate);
    }

    [Fact]
    public async Task The_Atom_feed_parses_with_one_entry_per_opening_in_the_api_s_order_and_the_organisation_as_author()
    {
        var expected = await ApiJobsAsync("");

        using var response = await _server.Client.GetAsync("/feeds/jobs.atom", Ct);
        var feed = await ParseAsync(response);

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected.Select(j => j.Title), feed.Items.Select(i => i.Title.Text));
        Assert.Equal(expected.Select(j => new Uri(_server.Client.BaseAddress!, $"/jobs/{j.Id}").AbsoluteUri), feed.Items.Select(i => i.Id));
        var communications = feed.Items.Single(i => i.Title.Text == "Chief Communications Officer");
        Assert.Equal("Korey Wise Innocence Project", Assert.Single(communications.Authors).Name);
        Assert.Equal("https://members.example.test/careers/communications", communications.Links.Single(l => l.RelationshipType == "via").Uri.AbsoluteUri);
    }

    [Fact]
    public async Task The_JSON_feed_is_version_1_1_with_the_structured_job_fields_under_the_job_extension()
    {
        using var response = await _server.Client.GetAsync("/feeds/jobs.json?employmentType=FULL_TIME&sort=newest", Ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var feed = json.RootElement;

        Assert.Equal("application/feed+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.GetProperty("version").GetString());
        Assert.EndsWith("/feeds/jobs.json?employmentType=FULL_TIME&sort=newest", feed.GetProperty("feed_url").GetString(), StringComparison.Ordinal);
        var items = feed.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Chief Communications Officer", "Staff Attorney"], items.Select(i => i.GetProperty("title").GetString()).Order());
        var attorney = items.Single(i => i.GetProperty("title").GetString() == "Staff Attorney");
        Assert.Equal(attorney.GetProperty("id").GetString(), attorney.GetProperty("url").GetString());
        var job = attorney.GetProperty("_job");
        Assert.Equal("Innocence Project", job.GetProperty("organization").GetString());
        Assert.Equal("FULL_TIME", job.GetProperty("employmentType").GetString());
        Assert.Equal("New York, NY, US", job.GetProperty("location").GetString());
        Assert.Equal(85000m, job.GetProperty("salary").GetProperty("min").GetDecimal());
        Assert.Equal("YEAR", job.GetProperty("salary").GetProperty("period").GetString());
        Assert.Equal("2026-12-31", job.GetProperty("validThrough").GetString());
        var communications = items.Single(i => i.GetProperty("title").GetString() == "Chief Communications Officer");
        Assert.True(communications.GetProperty("_job").GetProperty("remote").GetBoolean());
    }

    [Fact]
    public async Task A_feed_s_id_for_an_opening_stays_the_same_when_the_opening_is_read_again()
    {
        var before = await ParseAsync(await _server.Client.GetAsync("/feeds/jobs.rss?q=attorney", Ct));
        await _server.StoreAsync(ApiServer.Posting("staff-attorney", "Staff Attorney") with
        {
            ScrapedAt = ApiServer.ScrapedAt.AddDays(1),
            DescriptionHtml = "<p>About Staff Attorney, now with more detail.</p>",
            ContentHash = "hash-staff-attorney-2",
        });

        var after = await ParseAsync(await _server.Client.GetAsync("/feeds/jobs.rss?q=attorney", Ct));

        Assert.Contains("more detail", ((TextSyndicationContent)Assert.Single(after.Items).Summary).Text, StringComparison.Ordinal);
        Assert.Equal(Assert.Single(before.Items).Id, Assert.Single(after.Items).Id);
    }

    [Theory]
    [InlineData("/feeds/jobs.rss?country=USA", "country")]
    [InlineData("/feeds/jobs.atom?pageSize=1000", "pageSize")]
    [InlineData("/feeds/jobs.json?postedSince=yesterday", "postedSince")]
    public async Task A_bad_parameter_answers_400_problem_details_naming_it(string address, string parameter)
    {
        using var response = await _server.Client.GetAsync(address, Ct);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out var messages), problem.ToString());
        Assert.Contains(parameter, messages[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_event_handlers_and_javascript_links_of_a_posting_never_reach_a_feed()
    {
        await _server.StoreAsync(ApiServer.Posting("hostile", "Investigator") with
        {
            DescriptionHtml = "<p onclick=\"steal()\" onmouseover=\"steal()\">Investigate.<script>steal()</script>"
                + "<a href=\"javascript:steal()\">Apply</a><img src=x onerror=\"steal()\"></p>",
            ApplyUrl = "javascript:steal()",
            Url = "javascript:steal()",
        });

        foreach (var feed in new[] { "rss", "atom", "json" })
        {
            var body = await _server.Client.GetStringAsync($"/feeds/jobs.{feed}?q=investigator", Ct);

            Assert.Contains("Investigate.", body, StringComparison.Ordinal);
            Assert.DoesNotContain("steal", body, StringComparison.Ordinal);
            Assert.DoesNotContain("script>", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("script&gt;", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onclick", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror", body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_list_page_announces_the_feeds_of_its_search_in_its_head_and_offers_them_as_links()
    {
        var html = WebUtility.HtmlDecode(await _server.Client.GetStringAsync("/?q=attorney", Ct));

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains("<link rel=\"alternate\" type=\"application/rss+xml\"", head, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/jobs.rss?q=attorney\"", head, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/jobs.atom?q=attorney\"", head, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/jobs.json?q=attorney\"", head, StringComparison.Ordinal);
        var body = html[html.IndexOf("<body", StringComparison.Ordinal)..];
        Assert.Contains("Subscribe to this search", body, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/jobs.rss?q=attorney\"", body, StringComparison.Ordinal);
    }

    private async Task<List<(string Id, string Title)>> ApiJobsAsync(string query)
    {
        var list = await _server.Client.GetFromJsonAsync<JsonElement>($"/api/jobs{query}", Ct);
        return list.GetProperty("items").EnumerateArray()
            .Select(j => (j.GetProperty("id").GetString()!, j.GetProperty("title").GetString()!))
            .ToList();
    }

    private static async Task<SyndicationFeed> ParseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync(Ct);
        using var reader = XmlReader.Create(stream);
        return SyndicationFeed.Load(reader);
    }
}
