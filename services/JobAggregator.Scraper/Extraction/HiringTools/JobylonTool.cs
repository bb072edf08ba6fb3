using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Jobylon: a customer's jobs are published in a feed of its own, <c>feed.jobylon.com/feeds/HASH/</c> (XML
/// unless asked for <c>?format=json</c>), which career pages read in script; the hash names the board. The JSON is a
/// bare array of jobs with <c>company.name</c>, <c>descr</c> and <c>skills</c> (HTML), <c>employment_type</c>,
/// <c>from_date</c>/<c>to_date</c>, <c>locations[].location</c> and <c>urls.ad</c>/<c>urls.apply</c> (ads on
/// <c>emp.jobylon.com/jobs/ID-SLUG/</c>).</summary>
internal sealed class JobylonTool : IHiringTool
{
    private const string FeedHost = "feed.jobylon.com";
    private const string AdHost = "emp.jobylon.com";

    public string Name => "jobylon";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["jobylon.com"];

    /// <summary>The feed's hash; the ads' host names no feed, so it is no board of its own.</summary>
    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.IsHost(url, FeedHost) && BoardUrls.SegmentAfter(url, ["feeds"]) is { } hash ? new HiringToolBoard(Name, hash, null) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, AdHost) && BoardUrls.Segments(url) is ["jobs", _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Array } root
        && (JsonFields.Objects(root).FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
            ? JsonFields.Property(JsonFields.Property(first, "urls"), "ad") is not null && first.TryGetProperty("descr", out _)
            : BoardUrls.IsHost(page.Url, FeedHost));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{FeedHost}/feeds/{Uri.EscapeDataString(board.Token)}/?format=json");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json())
            .Where(job => JsonFields.String(job, "title") is not null)
            .Select(job =>
            {
                var urls = JsonFields.Property(job, "urls");
                var places = JsonFields.Objects(job, "locations")
                    .Select(l => JsonFields.Property(l, "location"))
                    .Select(l => PlaceText.Join(JsonFields.String(l, "city"), JsonFields.String(l, "country")) ?? JsonFields.String(l, "text"));
                return new PostingDraft
                {
                    Title = JsonFields.String(job, "title")!.Trim(),
                    Organization = JsonFields.String(JsonFields.Property(job, "company"), "name"),
                    Location = PlaceText.Several(places),
                    EmploymentType = JsonFields.String(job, "employment_type"),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(job, "from_date")),
                    ValidThrough = ApiTimestamps.Date(JsonFields.String(job, "to_date")),
                    DescriptionHtml = ApiHtml.Sections([(null, JsonFields.String(job, "descr")), (null, JsonFields.String(job, "skills"))]),
                    Url = Links.Resolve(response.Url, JsonFields.String(urls, "ad")),
                    ApplyUrl = Links.Resolve(response.Url, JsonFields.String(urls, "apply")),
                    FoundOn = response.Url,
                };
            })
            .ToList();

    public Uri? NextPage(PageContent response) => null;
}
