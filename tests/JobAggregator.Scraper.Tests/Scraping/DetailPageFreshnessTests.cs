using JobAggregator.Scraper.Tests.HttpFetching;
using JobAggregator.Sources;
using Microsoft.AspNetCore.Http;

namespace JobAggregator.Scraper.Tests.Scraping;

/// <summary>A 304 on a one-page listing never hides a change on its detail pages: each detail page of the last full
/// read is asked again with its own validators, a changed one republishes the listing's postings (all their keys, so
/// nothing closes), unchanged ones cost a 304. Over real HTTP on loopback, one scraper role across runs.</summary>
public sealed class DetailPageFreshnessTests : IAsyncLifetime
{
    private const string Listing = """
        <html><body><h1>Careers</h1>
        <ul>
          <li class="job"><a href="/careers/staff-attorney/">Staff Attorney</a></li>
          <li class="job"><a href="/careers/paralegal/">Paralegal</a></li>
        </ul>
        </body></html>
        """;

    private LoopbackSite _site = null!;
    private string _attorneyPay = "$70,000 - $80,000 a year";
    private int _attorneyVersion = 1;
    private bool _paralegalGone;

    public async ValueTask InitializeAsync()
    {
        _site = await LoopbackSite.StartAsync();
        _site.Map("/careers/", context => AnswerAsync(context, "\"listing-1\"", Listing));
        _site.Map("/careers/staff-attorney/", context => AnswerAsync(context, $"\"attorney-{_attorneyVersion}\"", Ad("Represent clients.", _attorneyPay)));
        _site.Map("/careers/paralegal/", context => _paralegalGone
            ? AnswerAsync(context, null, "<html><body>No such page</body></html>", StatusCodes.Status404NotFound)
            : AnswerAsync(context, "\"paralegal-1\"", Ad("Support attorneys.", "$50,000 a year")));
    }

    public async ValueTask DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_pay_change_made_only_on_a_detail_page_is_published_although_the_listing_answers_304()
    {
        await using var role = await ScraperRole.StartAsync(Source());
        var (firstPostings, firstRun) = await role.RunAsync();
        _attorneyPay = "$90,000 - $100,000 a year";
        _attorneyVersion = 2;

        var (postings, completed) = await role.RunAsync();

        Assert.Equal("$70,000 - $80,000 a year", firstPostings.Single(p => p.Title == "Staff Attorney").SalaryText);
        Assert.Equal("\"listing-1\"", _site.RequestsTo("/careers/")[^1].Header("If-None-Match"));
        Assert.False(completed.NotModified);
        // Only the changed posting is published again; the unchanged one is still listed, so nothing closes.
        Assert.Equal(["Staff Attorney"], postings.Select(p => p.Title));
        Assert.Equal("$90,000 - $100,000 a year", postings[0].SalaryText);
        Assert.Equal(firstRun.PostingKeys.Order(), completed.PostingKeys.Order());
        Assert.Equal(2, completed.PostingKeys.Count);
        Assert.Empty(completed.GonePostingKeys);
        Assert.False(completed.ListingTruncated);
        Assert.Equal("\"attorney-1\"", _site.RequestsTo("/careers/staff-attorney/")[^1].Header("If-None-Match"));
        Assert.Equal("\"paralegal-1\"", _site.RequestsTo("/careers/paralegal/")[^1].Header("If-None-Match"));
    }

    [Fact]
    public async Task When_no_detail_page_changed_every_page_costs_a_304_and_the_run_is_not_modified()
    {
        await using var role = await ScraperRole.StartAsync(Source());
        await role.RunAsync();

        var (postings, completed) = await role.RunAsync();

        Assert.True(completed.NotModified);
        Assert.Empty(postings);
        Assert.Equal(3, completed.PagesFetched);
        Assert.Equal(2, _site.RequestsTo("/careers/staff-attorney/").Count);
        Assert.NotNull(_site.RequestsTo("/careers/staff-attorney/")[^1].Header("If-None-Match"));
        Assert.NotNull(_site.RequestsTo("/careers/paralegal/")[^1].Header("If-None-Match"));
    }

    [Fact]
    public async Task A_detail_page_gone_behind_an_unchanged_listing_makes_its_posting_gone()
    {
        await using var role = await ScraperRole.StartAsync(Source());
        var (firstPostings, _) = await role.RunAsync();
        _paralegalGone = true;

        var (postings, completed) = await role.RunAsync();

        // The unchanged posting is not published again, only listed.
        Assert.Empty(postings);
        Assert.Equal([firstPostings.Single(p => p.Title == "Paralegal").PostingKey], completed.GonePostingKeys);
        Assert.Equal([firstPostings.Single(p => p.Title == "Staff Attorney").PostingKey], completed.PostingKeys);
    }

    [Fact]
    public async Task A_scraper_that_remembers_nothing_reads_the_listing_whole()
    {
        await using (var before = await ScraperRole.StartAsync(Source()))
        {
            await before.RunAsync();
        }

        _attorneyPay = "$90,000 - $100,000 a year";
        _attorneyVersion = 2;
        await using var restarted = await ScraperRole.StartAsync(Source());

        var (postings, completed) = await restarted.RunAsync();

        Assert.False(completed.NotModified);
        Assert.Null(_site.RequestsTo("/careers/")[^1].Header("If-None-Match"));
        Assert.Equal("$90,000 - $100,000 a year", postings.Single(p => p.Title == "Staff Attorney").SalaryText);
        Assert.Equal(2, completed.PostingKeys.Count);
    }

    private static string Ad(string description, string pay) =>
        $"""<html><body><div class="description"><p>{description}</p></div><p class="pay">{pay}</p></body></html>""";

    /// <summary>The page with its ETag, or 304 when the request names that ETag.</summary>
    private static async Task AnswerAsync(HttpContext context, string? etag, string body, int status = StatusCodes.Status200OK)
    {
        if (etag is not null && context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.Headers.ETag = etag;
            return;
        }

        context.Response.StatusCode = status;
        if (etag is not null)
        {
            context.Response.Headers.ETag = etag;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(body, context.RequestAborted);
    }

    private SourceDefinition Source() => new(
        "freshness-test",
        "Example Innocence Project",
        _site.Url("/careers/"),
        SourceDefinition.DefaultSchedule,
        ExtractionStrategy.Css,
        new SelectorSet { Item = "li.job", Title = "a", Link = "a" },
        new SelectorSet { Description = "div.description", Salary = "p.pay" },
        Country: "US",
        AllowPrivateNetwork: true);
}
