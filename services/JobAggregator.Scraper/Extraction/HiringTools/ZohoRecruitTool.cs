using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Zoho Recruit: career sites at <c>SITE.zohorecruit.com</c> (or <c>.in</c>, <c>.eu</c>, <c>.com.au</c>),
/// embedded on an organisation's own page by <c>rec_embed_js.load({site: "https://SITE.zohorecruit.com", ...})</c>, which
/// reads the site's public <c>/recruit/v2/public/Job_Openings?pagename=Careers&amp;source=CareerSite</c>: <c>{data: [...]}</c>,
/// every published opening in one answer, with <c>Posting_Title</c>, <c>City</c>/<c>State</c>/<c>Country</c>,
/// <c>Job_Type</c>, <c>Date_Opened</c> (US month-first), the ad in <c>Job_Description</c> and the opening's page in
/// <c>$url</c>. No field names the employer, so the organisation is the source's.</summary>
internal sealed class ZohoRecruitTool : IHiringTool
{
    private const string ApiPath = "recruit/v2/public/Job_Openings";
    private const string DefaultPage = "Careers";

    private static readonly string[] Suffixes = ["zohorecruit.com", "zohorecruit.in", "zohorecruit.eu", "zohorecruit.com.au", "zohorecruit.jp"];

    public string Name => "zohorecruit";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = Suffixes;

    /// <summary>The site's subdomain; the board keeps the site's host (its country's domain) and career page name
    /// (<c>/jobs/Careers</c>, or the API's <c>pagename</c>).</summary>
    public HiringToolBoard? Recognize(Uri url)
    {
        if (Suffixes.Select(s => BoardUrls.Subdomain(url, s)).FirstOrDefault(s => s is not null) is not { } site || !BoardUrls.IsToken(site))
        {
            return null;
        }

        var page = BoardUrls.SegmentAfter(url, ["jobs"]) ?? BoardUrls.Query(url, "pagename");
        page = BoardUrls.IsToken(page) ? page : DefaultPage;
        return new HiringToolBoard(Name, site.ToLowerInvariant(), new Uri($"https://{url.Host.ToLowerInvariant()}/jobs/{page}"));
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    /// <summary><c>/jobs/Careers/ID/Title-Slug</c>: one opening's page.</summary>
    public bool IsPostingPage(Uri url) => Recognize(url) is not null && BoardUrls.Segments(url) is ["jobs", _, _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "data", "Posting_Title")
            || JsonFields.FirstItemHas(root, "data", "Job_Opening_Name", "$url")
            || (page.Url.AbsolutePath.EndsWith("/" + ApiPath, StringComparison.OrdinalIgnoreCase) && root.TryGetProperty("data", out _)));

    public Uri? ApiUrl(HiringToolBoard board)
    {
        var site = board.BoardUrl ?? new Uri($"https://{board.Token}.{Suffixes[0]}/jobs/{DefaultPage}");
        var page = BoardUrls.SegmentAfter(site, ["jobs"]) ?? DefaultPage;
        return new Uri($"https://{site.Host}/{ApiPath}?pagename={Uri.EscapeDataString(page)}&source=CareerSite");
    }

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json(), "data")
            .Where(opening => JsonFields.Boolean(opening, "Publish") is not false && Title(opening) is not null)
            .Select(opening => new PostingDraft
            {
                Title = Title(opening),
                Location = PlaceText.Join(JsonFields.String(opening, "City"), JsonFields.String(opening, "State"), JsonFields.String(opening, "Country")),
                EmploymentType = JsonFields.String(opening, "Job_Type"),
                DatePosted = ApiTimestamps.Date(JsonFields.String(opening, "Date_Opened")),
                DescriptionHtml = JsonFields.String(opening, "Job_Description"),
                Url = PostingUrl(response.Url, JsonFields.String(opening, "$url")),
                FoundOn = response.Url,
            })
            .ToList();

    public Uri? NextPage(PageContent response) => null;

    private static string? Title(JsonElement opening) =>
        JsonFields.String(opening, "Posting_Title") ?? JsonFields.String(opening, "Job_Opening_Name");

    /// <summary>The opening's page without the <c>?source=CareerSite</c> the site adds for its own counting.</summary>
    private static Uri? PostingUrl(Uri responseUrl, string? url) =>
        Links.Resolve(responseUrl, url) is { } page ? new Uri(page.GetLeftPart(UriPartial.Path)) : null;
}
