using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>iCIMS: career sites on iCIMS's Jibe platform (<c>COMPANY.jibeapply.com</c>, or the company's own host), whose
/// JSON job API <c>/api/jobs</c> answers <c>{"jobs": [{"data": {...}}], "totalCount": N}</c> with <c>req_id</c>,
/// <c>hiring_organization</c>, <c>posted_date</c>, <c>employment_type</c> and the ad. Classic <c>icims.com</c> portals,
/// which have no public JSON, are read from their list page (<see cref="IcimsPortalTool"/>).</summary>
internal sealed class IcimsTool : IHiringTool
{
    private const string JibeSuffix = "jibeapply.com";

    public string Name => "icims";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [JibeSuffix];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.Subdomain(url, JibeSuffix) is { } jibe ? new HiringToolBoard(Name, jibe, new Uri($"https://{jibe}.{JibeSuffix}/")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        BoardUrls.Subdomain(url, JibeSuffix) is not null && BoardUrls.Segments(url) is ["jobs", var id, ..] && id.Any(char.IsAsciiDigit);

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && JsonFields.Objects(root, "jobs").FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
        && JsonFields.Property(first, "data") is { ValueKind: JsonValueKind.Object } data
        && (data.TryGetProperty("req_id", out _) || data.TryGetProperty("slug", out _) && data.TryGetProperty("title", out _));

    public Uri? ApiUrl(HiringToolBoard board) =>
        board.BoardUrl is { } url && url.Host.EndsWith("." + JibeSuffix, StringComparison.OrdinalIgnoreCase) ? new Uri(url, "/api/jobs") : null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json(), "jobs")
            .Select(job => JsonFields.Property(job, "data"))
            .Where(data => JsonFields.String(data, "title") is not null)
            .Select(data => new PostingDraft
            {
                Title = JsonFields.String(data, "title"),
                Organization = JsonFields.String(data, "hiring_organization"),
                Location = PlaceText.WithRemote(
                    JsonFields.String(data, "full_location") ?? JsonFields.String(data, "location_name")
                        ?? PlaceText.Join(JsonFields.String(data, "city"), JsonFields.String(data, "state"), JsonFields.String(data, "country")),
                    JsonFields.String(data, "location_type")?.Contains("remote", StringComparison.OrdinalIgnoreCase) == true),
                EmploymentType = EmploymentText.FromCode(JsonFields.String(data, "employment_type")),
                DatePosted = ApiTimestamps.Date(JsonFields.String(data, "posted_date") ?? JsonFields.String(data, "create_date")),
                DescriptionHtml = ApiHtml.DecodedOnce(JsonFields.String(data, "description")),
                Url = Links.Resolve(response.Url, JsonFields.String(JsonFields.Property(data, "meta_data"), "canonical_url"))
                    ?? (JsonFields.String(data, "slug") is { } slug ? Links.Resolve(response.Url, "/jobs/" + Uri.EscapeDataString(slug)) : null),
                ApplyUrl = Links.Resolve(response.Url, JsonFields.String(data, "apply_url")),
                FoundOn = response.Url,
            })
            .ToList();

    public Uri? NextPage(PageContent response) => null;
}
