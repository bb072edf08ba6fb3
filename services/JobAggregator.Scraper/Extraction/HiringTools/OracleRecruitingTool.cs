using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Oracle Recruiting Cloud: candidate-experience sites at
/// <c>HOST/hcmUI/CandidateExperience/LANG/sites/SITE/</c> on an Oracle Fusion host (<c>*.fa.*.oraclecloud.com</c>), read
/// from the site's unauthenticated REST resource <c>recruitingCEJobRequisitions</c> with the <c>findReqs</c> finder: one
/// search item holding <c>TotalJobsCount</c>, <c>Limit</c>, <c>Offset</c> and the <c>requisitionList</c> (<c>Id</c>,
/// <c>Title</c>, <c>PostedDate</c>, <c>PostingEndDate</c>, <c>PrimaryLocation</c>, <c>secondaryLocations</c>,
/// <c>WorkplaceTypeCode</c>, <c>JobSchedule</c>). The ad and its dates are in <c>recruitingCEJobRequisitionDetails</c>
/// (finder <c>ById</c>). The board is the site number on its host; no employer name or pay is given.</summary>
internal sealed partial class OracleRecruitingTool : IHiringTool
{
    private const string Suffix = ".oraclecloud.com";
    private const string ListResource = "recruitingCEJobRequisitions";
    private const string DetailResource = "recruitingCEJobRequisitionDetails";
    private const int PageSize = 25;

    public string Name => "oracle";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["oraclecloud.com"];

    public HiringToolBoard? Recognize(Uri url) =>
        IsFusionHost(url) && Site(url) is { } site ? new HiringToolBoard(Name, site, SiteUrl(url, site, "requisitions")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => IsFusionHost(url) && PostingId(url) is not null;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "items", "requisitionList")
            || (JsonFields.Property(root, "items") is { ValueKind: JsonValueKind.Array } && IsFusionHost(page.Url) && IsResource(page.Url, ListResource)));

    public Uri? ApiUrl(HiringToolBoard board) =>
        board.BoardUrl is { } site && IsFusionHost(site)
            ? new Uri($"https://{site.Host}/hcmRestApi/resources/latest/{ListResource}?onlyData=true&expand=requisitionList.secondaryLocations"
                + $"&finder=findReqs;siteNumber={Uri.EscapeDataString(board.Token)},limit={PageSize},offset=0,sortBy=POSTING_DATES_DESC")
            : null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var site = board?.Token ?? Site(response.Url);
        return JsonFields.Objects(response.Json(), "items")
            .SelectMany(search => JsonFields.Objects(search, "requisitionList"))
            .Where(requisition => JsonFields.String(requisition, "Title") is not null)
            .Select(requisition =>
            {
                var id = JsonFields.String(requisition, "Id");
                var places = JsonFields.Objects(requisition, "secondaryLocations").Select(place => JsonFields.String(place, "Name"))
                    .Prepend(JsonFields.String(requisition, "PrimaryLocation"));
                return new PostingDraft
                {
                    Title = JsonFields.String(requisition, "Title"),
                    Location = PlaceText.WithRemote(PlaceText.Several(places), IsRemote(JsonFields.String(requisition, "WorkplaceTypeCode"))),
                    EmploymentType = EmploymentText.FromCode(JsonFields.String(requisition, "JobSchedule")),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(requisition, "PostedDate")),
                    ValidThrough = ApiTimestamps.Date(JsonFields.String(requisition, "PostingEndDate")),
                    Url = site is not null && id is not null && IsFusionHost(response.Url)
                        ? SiteUrl(response.Url, site, "job/" + Uri.EscapeDataString(id))
                        : null,
                    FoundOn = response.Url,
                };
            })
            .ToList();
    }

    /// <summary>The same search at the next offset while the search item's <c>TotalJobsCount</c> is beyond this page.</summary>
    public Uri? NextPage(PageContent response)
    {
        var search = JsonFields.Objects(response.Json(), "items").FirstOrDefault();
        if (search.ValueKind != JsonValueKind.Object || !IsFusionHost(response.Url) || !IsResource(response.Url, ListResource)
            || JsonFields.Integer(search, "TotalJobsCount") is not { } total || JsonFields.Objects(search, "requisitionList").FirstOrDefault().ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var query = response.Url.Query;
        var offset = JsonFields.Integer(search, "Offset") ?? FinderNumber(FinderOffset(), query) ?? 0;
        var limit = JsonFields.Integer(search, "Limit") ?? FinderNumber(FinderLimit(), query) ?? PageSize;
        var next = offset + limit;
        if (next >= total || FinderOffset().Match(query) is not { Success: true } at)
        {
            return null;
        }

        var nextQuery = query[..at.Groups["n"].Index] + next.ToString(CultureInfo.InvariantCulture) + query[(at.Groups["n"].Index + at.Groups["n"].Length)..];
        return new Uri(response.Url.GetLeftPart(UriPartial.Path) + nextQuery);
    }

    /// <summary><c>HOST/.../sites/SITE/job/ID</c> is read at <c>recruitingCEJobRequisitionDetails</c> by its id.</summary>
    public Uri? DetailApiUrl(PostingDraft listed) =>
        listed.Url is { } url && IsFusionHost(url) && Site(url) is { } site && PostingId(url) is { } id
            ? new Uri($"https://{url.Host}/hcmRestApi/resources/latest/{DetailResource}?expand=all&onlyData=true"
                + $"&finder=ById;Id=%22{Uri.EscapeDataString(id)}%22,siteNumber={Uri.EscapeDataString(site)}")
            : null;

    /// <summary>The requisition's answer (in <c>items</c>, or bare when read by its path): the ad in three HTML parts,
    /// the external posting dates and the schedule.</summary>
    public PostingDraft? MapDetail(PageContent response)
    {
        if (response.Format != PageFormat.Json || response.Json() is not { ValueKind: JsonValueKind.Object } root)
        {
            return null;
        }

        var requisition = JsonFields.Objects(root, "items").FirstOrDefault() is { ValueKind: JsonValueKind.Object } item ? item : root;
        if (JsonFields.String(requisition, "Title") is null)
        {
            return null;
        }

        return new PostingDraft
        {
            EmploymentType = EmploymentText.FromCode(JsonFields.String(requisition, "JobSchedule")),
            DatePosted = ApiTimestamps.Date(JsonFields.String(requisition, "ExternalPostedStartDate")),
            ValidThrough = ApiTimestamps.Date(JsonFields.String(requisition, "ExternalPostedEndDate")),
            DescriptionHtml = ApiHtml.Sections(
            [
                (null, JsonFields.String(requisition, "ExternalDescriptionStr")),
                ("Responsibilities", JsonFields.String(requisition, "ExternalResponsibilitiesStr")),
                ("Qualifications", JsonFields.String(requisition, "ExternalQualificationsStr")),
            ]),
        };
    }

    private static bool IsRemote(string? workplace) =>
        workplace is not null && workplace.Contains("REMOTE", StringComparison.OrdinalIgnoreCase);

    /// <summary>An Oracle Fusion applications host (<c>ejzp.fa.us2.oraclecloud.com</c>, <c>x.fa.ocs.oraclecloud.com</c>):
    /// Oracle's other cloud hosts serve no career sites.</summary>
    private static bool IsFusionHost(Uri url) =>
        url.Host.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase) && url.Host.Contains(".fa.", StringComparison.OrdinalIgnoreCase);

    private static bool IsResource(Uri url, string resource) =>
        BoardUrls.Segments(url) is ["hcmRestApi", "resources", _, var name, ..] && string.Equals(name, resource, StringComparison.OrdinalIgnoreCase);

    /// <summary>The site number of a candidate-experience page (<c>.../sites/SITE/...</c>) or of an API URL's finder.</summary>
    private static string? Site(Uri url)
    {
        if (CandidateExperienceSegmentAfter(url, "sites") is { } site)
        {
            return site;
        }

        return (IsResource(url, ListResource) || IsResource(url, DetailResource))
            && FinderSite().Match(Uri.UnescapeDataString(url.Query)) is { Success: true } match && BoardUrls.IsToken(match.Groups["site"].Value)
                ? match.Groups["site"].Value
                : null;
    }

    /// <summary>The requisition id of a posting's page: <c>.../job/ID</c> or <c>.../requisitions/preview/ID</c>.</summary>
    private static string? PostingId(Uri url) => CandidateExperienceSegmentAfter(url, "job") ?? CandidateExperienceSegmentAfter(url, "preview");

    /// <summary>The token after <paramref name="name"/> in a <c>/hcmUI/CandidateExperience/...</c> path, else null.</summary>
    private static string? CandidateExperienceSegmentAfter(Uri url, string name)
    {
        var segments = BoardUrls.Segments(url);
        if (segments is not ["hcmUI", "CandidateExperience", ..])
        {
            return null;
        }

        var at = Array.FindIndex(segments, 2, s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase));
        return at > 0 && at + 1 < segments.Length && BoardUrls.IsToken(segments[at + 1]) ? segments[at + 1] : null;
    }

    private static Uri SiteUrl(Uri onHost, string site, string path) =>
        new($"https://{onHost.Host}/hcmUI/CandidateExperience/en/sites/{Uri.EscapeDataString(site)}/{path}");

    private static long? FinderNumber(Regex number, string query) =>
        number.Match(query) is { Success: true } m && long.TryParse(m.Groups["n"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n)
            ? n
            : null;

    [GeneratedRegex(@"siteNumber=(?<site>[^,;&]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FinderSite();

    [GeneratedRegex(@"[;,]offset=(?<n>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex FinderOffset();

    [GeneratedRegex(@"[;,]limit=(?<n>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex FinderLimit();
}
