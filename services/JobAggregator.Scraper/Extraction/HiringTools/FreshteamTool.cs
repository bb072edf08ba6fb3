using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Freshteam: careers portals at <c>TOKEN.freshteam.com/jobs</c>, read from the careers widget's feed
/// <c>/hire/widgets/jobs.json</c>: <c>{jobs, branches, job_roles}</c>, each job with <c>title</c>, <c>url</c>, an HTML
/// <c>description</c>, <c>created_at</c>, a <c>remote</c> flag with <c>preferred_remote_job_locations</c>, and its place
/// as a <c>branch_id</c> into <c>branches</c> (a <c>location</c> string, else <c>city</c>, <c>state</c>,
/// <c>country_code</c>). <c>job_type</c> is a bare number the feed gives no label for, so it is not read; a
/// <c>deleted</c> job is no posting. No pay, closing date or organisation name.</summary>
internal sealed class FreshteamTool : IHiringTool
{
    private const string Suffix = "freshteam.com";

    public string Name => "freshteam";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is { } token ? new HiringToolBoard(Name, token, new Uri($"https://{token}.{Suffix}/jobs")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.Subdomain(url, Suffix) is not null && BoardUrls.Segments(url) is ["jobs", _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "jobs", "unique_id", "branch_id")
            || (JsonFields.Property(root, "jobs") is { ValueKind: JsonValueKind.Array } && root.TryGetProperty("branches", out _))
            || (JsonFields.Property(root, "jobs") is { ValueKind: JsonValueKind.Array } && BoardUrls.Subdomain(page.Url, Suffix) is not null));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{board.Token}.{Suffix}/hire/widgets/jobs.json");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var root = response.Json();
        var token = board?.Token ?? BoardUrls.Subdomain(response.Url, Suffix);
        var branchPlaces = JsonFields.Objects(root, "branches")
            .Where(branch => JsonFields.String(branch, "id") is not null)
            .GroupBy(branch => JsonFields.String(branch, "id")!)
            .ToDictionary(group => group.Key, group => BranchPlace(group.First()));
        return JsonFields.Objects(root, "jobs")
            .Where(job => JsonFields.String(job, "title") is not null && JsonFields.Boolean(job, "deleted") != true)
            .Select(job =>
            {
                var remote = JsonFields.Boolean(job, "remote") == true;
                var place = remote ? JsonFields.String(job, "preferred_remote_job_locations") : null;
                place ??= JsonFields.String(job, "branch_id") is { } branchId ? branchPlaces.GetValueOrDefault(branchId) : null;
                var uniqueId = JsonFields.String(job, "unique_id");
                return new PostingDraft
                {
                    Title = JsonFields.String(job, "title"),
                    Location = PlaceText.WithRemote(place, remote),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(job, "created_at")),
                    DescriptionHtml = ApiHtml.DecodedOnce(JsonFields.String(job, "description")),
                    Url = Links.Resolve(response.Url, JsonFields.String(job, "url"))
                        ?? (token is not null && uniqueId is not null ? new Uri($"https://{token}.{Suffix}/jobs/{Uri.EscapeDataString(uniqueId)}") : null),
                    FoundOn = response.Url,
                };
            })
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static string? BranchPlace(JsonElement branch) =>
        JsonFields.String(branch, "location")
        ?? PlaceText.Join(JsonFields.String(branch, "city"), JsonFields.String(branch, "state"), JsonFields.String(branch, "country_code")?.ToUpperInvariant());
}
