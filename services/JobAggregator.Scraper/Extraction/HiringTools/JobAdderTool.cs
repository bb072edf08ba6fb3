using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>JobAdder: a job board's ads at <c>api.jobadder.com/v2/jobboards/BOARD/ads</c>, <c>{"items": [...]}</c> with
/// <c>adId</c>, <c>title</c>, <c>summary</c> and <c>bulletPoints</c>, <c>company.name</c>, <c>location.name</c> inside its
/// <c>area</c>, <c>workType.name</c>, pay as <c>salary.ratePer/rateLow/rateHigh/currency</c>, <c>postedAt</c>,
/// <c>expiresAt</c> and the ad's page in <c>links.ui.self</c>. The API answers only a partner's OAuth token, so a board is
/// read from a saved answer (or one a source is given), never fetched.</summary>
internal sealed class JobAdderTool : IHiringTool
{
    private const string ApiHost = "api.jobadder.com";

    private static readonly string[] BoardPath = ["v2", "jobboards"];

    public string Name => "jobadder";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["jobadder.com"];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.IsHost(url, ApiHost) && BoardUrls.SegmentAfter(url, BoardPath) is { } board ? new HiringToolBoard(Name, board, null) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => false;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "items", "adId", "title")
            || (root.TryGetProperty("items", out _) && Recognize(page.Url) is not null));

    public Uri? ApiUrl(HiringToolBoard board) => null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json(), "items")
            .Where(ad => JsonFields.String(ad, "title") is not null)
            .Select(ad => ToDraft(ad, response.Url))
            .ToList();

    public Uri? NextPage(PageContent response) => null;

    private static PostingDraft ToDraft(JsonElement ad, Uri responseUrl)
    {
        var location = JsonFields.Property(ad, "location");
        var bullets = JsonFields.Strings(ad, "bulletPoints").Select(b => $"<li>{WebUtility.HtmlEncode(b)}</li>").ToList();
        var summary = JsonFields.String(ad, "summary");
        return new PostingDraft
        {
            Title = JsonFields.String(ad, "title"),
            Organization = JsonFields.String(JsonFields.Property(ad, "company"), "name"),
            // The area is the wider region a board groups its places by ("Sydney" for Parramatta): the place is its own name.
            Location = JsonFields.String(location, "name") ?? JsonFields.String(JsonFields.Property(location, "area"), "name"),
            EmploymentType = JsonFields.String(JsonFields.Property(ad, "workType"), "name"),
            Salary = Salary(JsonFields.Property(ad, "salary")),
            DatePosted = ApiTimestamps.Date(JsonFields.String(ad, "postedAt")),
            ValidThrough = ApiTimestamps.Date(JsonFields.String(ad, "expiresAt")),
            DescriptionHtml = ApiHtml.Sections([
                (null, summary is null ? null : $"<p>{WebUtility.HtmlEncode(summary)}</p>"),
                (null, bullets.Count == 0 ? null : $"<ul>{string.Concat(bullets)}</ul>"),
            ]),
            Url = Links.Resolve(responseUrl, JsonFields.String(JsonFields.Path(ad, "links", "ui"), "self")),
            FoundOn = responseUrl,
        };
    }

    private static ScrapedSalary? Salary(JsonElement? salary)
    {
        var low = JsonFields.Number(salary, "rateLow");
        var high = JsonFields.Number(salary, "rateHigh");
        return low is null && high is null
            ? null
            : new ScrapedSalary(low, high, JsonFields.String(salary, "currency"), PayRange.Period(JsonFields.String(salary, "ratePer")));
    }
}
