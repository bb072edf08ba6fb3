using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Workday: boards at <c>TENANT.wdN.myworkdayjobs.com/[locale/]SITE</c>. The board's list is the "cxs" JSON
/// (<c>/wday/cxs/TENANT/SITE/jobs</c>, <c>total</c> and <c>jobPostings</c> with <c>externalPath</c>), which Workday answers
/// only to a POST of the search its site's own app sends (<c>{"appliedFacets":{},"limit":20,"offset":0,"searchText":""}</c>),
/// paged by <c>offset</c>; each posting's detail is a plain GET (<c>/wday/cxs/TENANT/SITE/job/...</c>,
/// <c>jobPostingInfo</c>) and gives the ad, the start date and the time type; a detail given as the page is read as its
/// one posting.</summary>
internal sealed partial class WorkdayTool : IHiringTool
{
    private const string Suffix = "myworkdayjobs.com";

    /// <summary>Postings a page, as the site's own app asks for them.</summary>
    private const int PageSize = 20;

    public string Name => "workday";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    public HiringToolBoard? Recognize(Uri url)
    {
        if (!url.Host.EndsWith("." + Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var tenant = url.Host.Split('.')[0];
        return Site(url) is { } site && BoardUrls.IsToken(tenant)
            ? new HiringToolBoard(Name, tenant, new Uri(BoardUrls.HttpsOrigin(url), Uri.EscapeDataString(site)))
            : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        url.Host.EndsWith("." + Suffix, StringComparison.OrdinalIgnoreCase) && BoardUrls.Segments(url).Contains("job", StringComparer.Ordinal);

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "jobPostings", "title", "externalPath")
            || (root.TryGetProperty("jobPostings", out _) && page.Url.AbsolutePath.Contains("/wday/cxs/", StringComparison.OrdinalIgnoreCase))
            || JsonFields.Property(JsonFields.Property(root, "jobPostingInfo"), "title") is not null);

    /// <summary>The cxs list of the board's site: <c>/wday/cxs/TENANT/SITE/jobs</c> on the board's host.</summary>
    public Uri? ApiUrl(HiringToolBoard board) =>
        board.BoardUrl is { } url && Site(url) is { } site
            ? new Uri(BoardUrls.HttpsOrigin(url), $"wday/cxs/{Uri.EscapeDataString(board.Token)}/{Uri.EscapeDataString(site)}/jobs")
            : null;

    /// <summary>The list's first page, asked for as the site's app asks: a POST of an unfiltered search.</summary>
    public ApiRequest? ListRequest(HiringToolBoard board) => ApiUrl(board) is { } url ? Search(url, 0) : null;

    /// <summary>The search's next page while the last one was full and the board's <c>total</c>, where the answer gives one,
    /// says more follow (later pages may answer a <c>total</c> of 0).</summary>
    public ApiRequest? NextRequest(PageContent response, ApiRequest sent)
    {
        if (sent.JsonBody is null || !IsApiResponse(response))
        {
            return null;
        }

        using var body = JsonDocument.Parse(sent.JsonBody);
        var offset = JsonFields.Integer(body.RootElement, "offset") ?? 0;
        var limit = JsonFields.Integer(body.RootElement, "limit") ?? PageSize;
        var listed = JsonFields.Objects(response.Json(), "jobPostings").Count();
        var total = JsonFields.Integer(response.Json(), "total") ?? 0;
        return listed >= limit && (total <= 0 || offset + listed < total) ? Search(sent.Url, offset + listed) : null;
    }

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        // A posting's cxs detail saved on its own is that one posting (its similarJobs are other postings' teasers).
        if (MapDetail(response) is { Title: not null } detail)
        {
            return [detail with { FoundOn = response.Url }];
        }

        var siteUrl = board?.BoardUrl ?? Recognize(response.Url)?.BoardUrl;
        return JsonFields.Objects(response.Json(), "jobPostings")
            .Select(job => new PostingDraft
            {
                Title = JsonFields.String(job, "title"),
                Location = Place(JsonFields.String(job, "locationsText")),
                Url = JsonFields.String(job, "externalPath") is { } path
                    ? siteUrl is null ? Links.Resolve(response.Url, path) : new Uri(siteUrl.AbsoluteUri.TrimEnd('/') + path)
                    : null,
                FoundOn = response.Url,
            })
            .Where(d => d.Title is not null)
            .ToList();
    }

    /// <summary>The posting's cxs detail: the board's site URL with <c>/wday/cxs/TENANT</c> put before it.</summary>
    public Uri? DetailApiUrl(PostingDraft listed) =>
        listed.Url is { } url && Recognize(url) is { } board && BoardUrls.Segments(url) is var segments
        && Array.IndexOf(segments, "job") is var at and > 0
            ? new Uri(BoardUrls.HttpsOrigin(url), $"wday/cxs/{board.Token}/{string.Join('/', segments[(at - 1)..].Select(Uri.EscapeDataString))}")
            : null;

    public PostingDraft? MapDetail(PageContent response)
    {
        if (response.Format != PageFormat.Json || JsonFields.Property(response.Json(), "jobPostingInfo") is not { } info)
        {
            return null;
        }

        var remote = JsonFields.String(info, "remoteType")?.Contains("remote", StringComparison.OrdinalIgnoreCase) == true;
        return new PostingDraft
        {
            Title = JsonFields.String(info, "title"),
            Organization = JsonFields.String(JsonFields.Property(response.Json(), "hiringOrganization"), "name"),
            Location = PlaceText.WithRemote(Place(JsonFields.String(info, "location")), remote),
            EmploymentType = JsonFields.String(info, "timeType"),
            DatePosted = ApiTimestamps.Date(JsonFields.String(info, "startDate")),
            ValidThrough = ApiTimestamps.Date(JsonFields.String(info, "endDate")),
            DescriptionHtml = JsonFields.String(info, "jobDescription"),
            Url = Links.Resolve(response.Url, JsonFields.String(info, "externalUrl")),
        };
    }

    public Uri? NextPage(PageContent response) => null;

    private static ApiRequest Search(Uri list, long offset) =>
        ApiRequest.PostJson(list, $$"""{"appliedFacets":{},"limit":{{PageSize}},"offset":{{offset}},"searchText":""}""");

    /// <summary>The site's name in a board, posting or cxs URL: the first path segment that is no locale
    /// (<c>en-US</c>), or the one after the tenant in <c>/wday/cxs/TENANT/SITE</c>.</summary>
    private static string? Site(Uri url)
    {
        var segments = BoardUrls.Segments(url);
        if (segments is ["wday", "cxs", _, var cxsSite, ..])
        {
            return cxsSite;
        }

        var first = segments.FirstOrDefault(s => !Locale().IsMatch(s));
        return first is null or "wday" or "job" || !BoardUrls.IsToken(first) ? null : first;
    }

    /// <summary>"2 Locations" is a count, not a place, in any language the site is shown in ("2 Standorte", "3 emplacements").</summary>
    private static string? Place(string? text) => text is null || LocationCount().IsMatch(text) ? null : text;

    [GeneratedRegex(@"^[a-z]{2}(?:-[A-Z]{2})?$")]
    private static partial Regex Locale();

    [GeneratedRegex(@"^\d+\s*(?:Locations?|Standorte|Arbeitsorte|emplacements|sites|lieux|ubicaciones|localizaciones|locaties|vestigingen|localizações|locais|sedi|località|勤務地|拠点|か所)$", RegexOptions.IgnoreCase)]
    private static partial Regex LocationCount();
}
