using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Manatal: career pages at <c>careers-page.com/SLUG</c> (or <c>SLUG.careers-page.com</c>), read from the open
/// career-page API <c>api.manatal.com/open/v3/career-page/SLUG/jobs/</c>: a Django REST page
/// (<c>count</c>, <c>next</c>, <c>results</c>) of jobs with <c>position_name</c>, <c>hash</c> (the posting is
/// <c>careers-page.com/SLUG/job/HASH</c>), an HTML <c>description</c>, <c>city</c>/<c>state</c>/<c>country</c> names or
/// <c>location_display</c>, <c>is_remote</c> and <c>contract_details</c>. No dates, pay or organisation name.</summary>
internal sealed class ManatalTool : IHiringTool
{
    private const string PageHost = "careers-page.com";

    private static readonly string[] ApiBoardPath = ["open", "v3", "career-page"];

    public string Name => "manatal";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [PageHost, "manatal.com"];

    public HiringToolBoard? Recognize(Uri url) =>
        Slug(url) is { } slug ? new HiringToolBoard(Name, slug, new Uri($"https://www.{PageHost}/{slug}")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        (BoardUrls.IsHost(url, PageHost, "www." + PageHost) && BoardUrls.Segments(url) is [_, "job", _])
        || (BoardUrls.Subdomain(url, PageHost) is not null && BoardUrls.Segments(url) is ["job", _]);

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "results", "position_name", "hash")
            || (JsonFields.Property(root, "results") is { ValueKind: JsonValueKind.Array } && IsApiHost(page.Url)));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://api.manatal.com/{string.Join('/', ApiBoardPath)}/{Uri.EscapeDataString(board.Token)}/jobs/");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var slug = board?.Token ?? Slug(response.Url);
        return JsonFields.Objects(response.Json(), "results")
            .Where(job => JsonFields.String(job, "position_name") is not null)
            .Select(job =>
            {
                var hash = JsonFields.String(job, "hash");
                var place = JsonFields.String(job, "location_display")
                    ?? PlaceText.Join(JsonFields.String(job, "city"), JsonFields.String(job, "state"), JsonFields.String(job, "country"));
                return new PostingDraft
                {
                    Title = JsonFields.String(job, "position_name"),
                    Location = PlaceText.WithRemote(place, JsonFields.Boolean(job, "is_remote") == true),
                    EmploymentType = EmploymentText.FromCode(JsonFields.String(job, "contract_details")),
                    DescriptionHtml = ApiHtml.DecodedOnce(JsonFields.String(job, "description")),
                    Url = slug is not null && hash is not null
                        ? new Uri($"https://www.{PageHost}/{Uri.EscapeDataString(slug)}/job/{Uri.EscapeDataString(hash)}")
                        : null,
                    FoundOn = response.Url,
                };
            })
            .ToList();
    }

    /// <summary>The page's <c>next</c> link, followed only to the tool's own API hosts.</summary>
    public Uri? NextPage(PageContent response) =>
        JsonFields.String(response.Json(), "next") is { } next && Uri.TryCreate(response.Url, next, out var url)
            && url.Scheme == Uri.UriSchemeHttps && IsApiHost(url)
            ? url
            : null;

    private static bool IsApiHost(Uri url) => url.Host.EndsWith(".manatal.com", StringComparison.OrdinalIgnoreCase);

    /// <summary>The career page's slug in a page, posting or API URL.</summary>
    private static string? Slug(Uri url)
    {
        if (IsApiHost(url))
        {
            return BoardUrls.SegmentAfter(url, ApiBoardPath);
        }

        return BoardUrls.IsHost(url, PageHost, "www." + PageHost)
            ? BoardUrls.FirstSegment(url, "static", "assets", "api", "privacy", "terms")
            : BoardUrls.Subdomain(url, PageHost);
    }
}
