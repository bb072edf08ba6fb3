using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Workday: boards at <c>TENANT.wdN.myworkdayjobs.com/[locale/]SITE</c>. The board's list is the "cxs" JSON
/// (<c>/wday/cxs/TENANT/SITE/jobs</c>, <c>jobPostings</c> with <c>externalPath</c>), which Workday only answers to a POST,
/// so a board found on a page is reported but its list is read only from a saved response; each posting's detail is a
/// plain GET (<c>/wday/cxs/TENANT/SITE/job/...</c>, <c>jobPostingInfo</c>) and gives the ad, the start date and the
/// time type; a detail given as the page is read as its one posting.</summary>
internal sealed partial class WorkdayTool : IHiringTool
{
    private const string Suffix = "myworkdayjobs.com";

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
            ? new HiringToolBoard(Name, tenant, new Uri($"https://{url.Host}/{Uri.EscapeDataString(site)}"))
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

    /// <summary>Null: the list answers only a POST with a JSON body, which the polite fetcher does not send.</summary>
    public Uri? ApiUrl(HiringToolBoard board) => null;

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
            ? new Uri($"https://{url.Host}/wday/cxs/{board.Token}/{string.Join('/', segments[(at - 1)..].Select(Uri.EscapeDataString))}")
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
