using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>ClearCompany: the career-site widget an organisation embeds (<c>careers-content.clearcompany.com/js/v1/career-site.js?siteId=UUID</c>)
/// reads the public, keyless <c>careers-api.clearcompany.com/v1/SITEID?pageIndex=N&amp;pageSize=K</c> (pages from 0)
/// → <c>{results, totalCount}</c>. A result has <c>id</c>, <c>positionTitle</c>, <c>locations</c> (<c>city</c>,
/// <c>subdivision</c>, <c>country</c>; read first, as <c>location</c> gives "Briggs TX" without a comma), the ad in <c>description</c>, <c>postedDate</c>
/// (else <c>openDate</c>) and <c>applyLink</c>, the application form below the posting's page
/// (<c>COMPANY.clearcompany.com/careers/jobs/ID/apply</c>). The answer does not name the company.</summary>
internal sealed class ClearCompanyTool : IHiringTool
{
    private const string ApiHost = "careers-api.clearcompany.com";
    private const string WidgetHost = "careers-content.clearcompany.com";
    private const int ApiPageSize = 50;

    public string Name => "clearcompany";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["clearcompany.com"];

    /// <summary>The site's id in the API's path or the widget script's <c>siteId</c>; a company's own subdomain does not
    /// name it.</summary>
    public HiringToolBoard? Recognize(Uri url)
    {
        var site = BoardUrls.IsHost(url, ApiHost) && BoardUrls.Segments(url) is ["v1", var id, ..] ? id
            : BoardUrls.IsHost(url, WidgetHost) ? BoardUrls.Query(url, "siteId")
            : null;
        return Guid.TryParse(site, out var siteId) && site!.Length == 36 ? new HiringToolBoard(Name, siteId.ToString("D"), null) : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => false;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "results", "positionTitle", "applyLink")
            || (Recognize(page.Url) is not null && BoardUrls.IsHost(page.Url, ApiHost) && root.TryGetProperty("results", out _)));

    public Uri? ApiUrl(HiringToolBoard board) => ListingPage(board.Token, 0);

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json(), "results")
            .Where(job => JsonFields.String(job, "positionTitle") is not null)
            .Select(job => new PostingDraft
            {
                Title = JsonFields.String(job, "positionTitle"),
                Location = PlaceText.Several(JsonFields.Objects(job, "locations")
                        .Select(l => PlaceText.Join(JsonFields.String(l, "city"), JsonFields.String(l, "subdivision"), JsonFields.String(l, "country"))))
                    ?? JsonFields.String(job, "location"),
                DatePosted = ApiTimestamps.Date(JsonFields.String(job, "postedDate") ?? JsonFields.String(job, "openDate")),
                DescriptionHtml = JsonFields.String(job, "description"),
                Url = PostingPage(response.Url, JsonFields.String(job, "applyLink")),
                ApplyUrl = Links.Resolve(response.Url, JsonFields.String(job, "applyLink")),
                FoundOn = response.Url,
            })
            .ToList();

    /// <summary>The next page while the pages so far hold fewer than <c>totalCount</c>.</summary>
    public Uri? NextPage(PageContent response)
    {
        var root = response.Json();
        var index = long.TryParse(BoardUrls.Query(response.Url, "pageIndex"), out var asked) ? asked : 0;
        var size = long.TryParse(BoardUrls.Query(response.Url, "pageSize"), out var askedSize) && askedSize > 0 ? askedSize : ApiPageSize;
        var listed = (index * size) + JsonFields.Objects(root, "results").Count();
        return JsonFields.Integer(root, "totalCount") is { } total && listed < total && Recognize(response.Url) is { } board
            ? ListingPage(board.Token, index + 1)
            : null;
    }

    private static Uri ListingPage(string siteId, long index) => new($"https://{ApiHost}/v1/{siteId}?pageIndex={index}&pageSize={ApiPageSize}");

    /// <summary>The posting's page: the application form's address without its <c>/apply</c>.</summary>
    private static Uri? PostingPage(Uri responseUrl, string? applyLink) =>
        Links.Resolve(responseUrl, applyLink) is { } apply && apply.AbsolutePath.EndsWith("/apply", StringComparison.OrdinalIgnoreCase)
            ? new Uri(apply, apply.AbsolutePath[..^"/apply".Length])
            : Links.Resolve(responseUrl, applyLink);
}
