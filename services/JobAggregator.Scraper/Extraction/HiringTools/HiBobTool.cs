using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>HiBob (bob): career sites at <c>TENANT.careers.hibob.com</c>, a script app whose list is the public
/// <c>/api/job-ad</c>: <c>{filterGroups, jobAdDetails: [...]}</c>, every published ad in one answer, each with its
/// <c>id</c>, <c>title</c>, <c>department</c>, <c>employmentType</c> as the organisation words it, <c>site</c> and
/// <c>country</c>, <c>workspaceType</c> (Remote, Hybrid, On site), <c>publishedAt</c> and the ad in four HTML sections
/// (<c>description</c>, <c>responsibilities</c>, <c>requirements</c>, <c>benefits</c>). An ad's page is
/// <c>/jobs/ID</c>. No field names the employer, so the organisation is the source's.</summary>
internal sealed class HiBobTool : IHiringTool
{
    private const string Suffix = "careers.hibob.com";
    private const string ApiPath = "api/job-ad";
    private const string Ads = "jobAdDetails";

    /// <summary>The ad's sections in the order the career site shows them.</summary>
    private static readonly string[] AdSections = ["description", "responsibilities", "requirements", "benefits"];

    public string Name => "hibob";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is { } tenant && BoardUrls.IsToken(tenant)
            ? new HiringToolBoard(Name, tenant.ToLowerInvariant(), new Uri($"https://{tenant.ToLowerInvariant()}.{Suffix}/jobs"))
            : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    /// <summary><c>/jobs/ID</c>: one ad.</summary>
    public bool IsPostingPage(Uri url) => Recognize(url) is not null && BoardUrls.Segments(url) is ["jobs", _];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, Ads, "title", "id")
            || (page.Url.AbsolutePath.EndsWith("/" + ApiPath, StringComparison.OrdinalIgnoreCase) && root.TryGetProperty(Ads, out _)));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{board.Token}.{Suffix}/{ApiPath}");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var site = Recognize(response.Url)?.BoardUrl ?? board?.BoardUrl;
        return JsonFields.Objects(response.Json(), Ads)
            .Where(ad => JsonFields.String(ad, "title") is not null)
            .Select(ad => new PostingDraft
            {
                Title = JsonFields.String(ad, "title"),
                Location = PlaceText.WithRemote(
                    PlaceText.Join(JsonFields.String(ad, "site"), JsonFields.String(ad, "country")),
                    (JsonFields.String(ad, "workspaceTypeId") ?? JsonFields.String(ad, "workspaceType")) is { } workspace
                        && workspace.Contains("remote", StringComparison.OrdinalIgnoreCase)),
                EmploymentType = JsonFields.String(ad, "employmentType"),
                DatePosted = ApiTimestamps.Date(JsonFields.String(ad, "publishedAt")),
                DescriptionHtml = ApiHtml.Sections(AdSections.Select(section => ((string?)null, JsonFields.String(ad, section)))),
                Url = site is null || JsonFields.String(ad, "id") is not { } id ? null : new Uri(site, $"/jobs/{Uri.EscapeDataString(id)}"),
                FoundOn = response.Url,
            })
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;
}
