using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Structured;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>softgarden: career sites at <c>COMPANY.career.softgarden.de</c> (older ones at <c>COMPANY.softgarden.io</c>),
/// each with a public feed <c>/jobs.feed.json</c> that needs no key: a schema.org <c>DataFeed</c> whose
/// <c>dataFeedElement</c> items are whole JobPostings (hiringOrganization, jobLocation addresses, employmentType,
/// datePosted, the ad, the posting's url). The items are read as the page's JSON-LD would be, by the one schema.org
/// mapper. A career site on the organisation's own domain serves the same feed, told by its content.</summary>
internal sealed class SoftgardenTool : IHiringTool
{
    private const string CareerSuffix = "career.softgarden.de";
    private const string LegacySuffix = "softgarden.io";
    private const string FeedPath = "jobs.feed.json";

    public string Name => "softgarden";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["softgarden.de", LegacySuffix];

    public HiringToolBoard? Recognize(Uri url)
    {
        var company = BoardUrls.Subdomain(url, CareerSuffix) ?? BoardUrls.Subdomain(url, LegacySuffix);
        return BoardUrls.IsToken(company)
            ? new HiringToolBoard(Name, company!.ToLowerInvariant(), new Uri($"https://{url.Host.ToLowerInvariant()}/"))
            : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    /// <summary><c>/job/ID/SLUG</c> (or <c>/jobs/ID/…</c>): one ad's page, whose JobPosting data is read as a detail page.</summary>
    public bool IsPostingPage(Uri url) =>
        Recognize(url) is not null && BoardUrls.Segments(url) is ["job" or "jobs", var id, ..] && id.All(char.IsAsciiDigit);

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && root.TryGetProperty("dataFeedElement", out _)
        && (JsonFields.String(root, "@type") is { } type && type.EndsWith("DataFeed", StringComparison.Ordinal)
            || page.Url.AbsolutePath.EndsWith("/" + FeedPath, StringComparison.OrdinalIgnoreCase));

    public Uri? ApiUrl(HiringToolBoard board)
    {
        var site = board.BoardUrl ?? new Uri($"https://{board.Token}.{CareerSuffix}/");
        return new Uri(site, FeedPath);
    }

    /// <summary>The feed's stamps carry offsets ("2025-03-05T09:00:00+01:00"): a tool's dates are the calendar dates
    /// they state.</summary>
    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        response.Json() is { } root
            ? SchemaPostingMapper.ToDrafts(JsonLdReader.JobPostingsIn(root), response.Url)
                .Select(d => d with { DatePosted = ApiTimestamps.Date(d.DatePosted), ValidThrough = ApiTimestamps.Date(d.ValidThrough) })
                .ToList()
            : [];

    public Uri? NextPage(PageContent response) => null;
}
