using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Rippling: boards at <c>ats.rippling.com/SLUG/jobs</c>, listed by the public job-board API
/// <c>api.rippling.com/platform/api/ats/v1/board/SLUG/jobs</c> as a bare array of <c>uuid</c>, <c>name</c>, <c>url</c>,
/// <c>department</c> and one <c>workLocation</c>. The ad, the employer's name, the type, the date and the pay are only in
/// each job's own answer (<c>.../jobs/UUID</c>).</summary>
internal sealed class RipplingTool : IHiringTool
{
    private const string BoardHost = "ats.rippling.com";
    private const string ApiHost = "api.rippling.com";

    private static readonly string[] ApiBoardPath = ["platform", "api", "ats", "v1", "board"];

    public string Name => "rippling";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["rippling.com"];

    public HiringToolBoard? Recognize(Uri url) =>
        Slug(url) is { } slug ? new HiringToolBoard(Name, slug, new Uri($"https://{BoardHost}/{slug}/jobs")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, BoardHost) && BoardUrls.Segments(url) is [_, "jobs", _];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Array } root
        && (JsonFields.Objects(root).FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
            ? first.TryGetProperty("uuid", out _) && first.TryGetProperty("workLocation", out _)
            : BoardUrls.IsHost(page.Url, ApiHost) && Slug(page.Url) is not null);

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{ApiHost}/{string.Join('/', ApiBoardPath)}/{Uri.EscapeDataString(board.Token)}/jobs");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json())
            .Where(job => JsonFields.String(job, "name") is not null)
            .Select(job => new PostingDraft
            {
                Title = JsonFields.String(job, "name"),
                Location = JsonFields.String(JsonFields.Property(job, "workLocation"), "label"),
                Url = Links.Resolve(response.Url, JsonFields.String(job, "url")),
                FoundOn = response.Url,
            })
            .ToList();

    public Uri? NextPage(PageContent response) => null;

    /// <summary><c>ats.rippling.com/SLUG/jobs/UUID</c> is read at <c>api.rippling.com/.../board/SLUG/jobs/UUID</c>.</summary>
    public Uri? DetailApiUrl(PostingDraft listed) =>
        listed.Url is { } url && IsPostingPage(url) && BoardUrls.Segments(url) is [var slug, _, var uuid]
            ? new Uri($"https://{ApiHost}/{string.Join('/', ApiBoardPath)}/{Uri.EscapeDataString(slug)}/jobs/{Uri.EscapeDataString(uuid)}")
            : null;

    /// <summary>The ad comes as named HTML sections (<c>role</c>, <c>company</c>, ...), the role first; the type as
    /// <c>{label: "SALARIED_FT", id: "Salaried, full-time"}</c>, whose <c>id</c> is the words; pay per place in
    /// <c>payRangeDetails</c>.</summary>
    public PostingDraft? MapDetail(PageContent response)
    {
        if (response.Format != PageFormat.Json || response.Json() is not { ValueKind: JsonValueKind.Object } job
            || JsonFields.String(job, "name") is null)
        {
            return null;
        }

        var type = JsonFields.Property(job, "employmentType");
        return new PostingDraft
        {
            Organization = JsonFields.String(job, "companyName"),
            Location = PlaceText.Several(JsonFields.Strings(job, "workLocations")),
            EmploymentType = JsonFields.Text(type) ?? JsonFields.String(type, "id") ?? EmploymentText.FromCode(JsonFields.String(type, "label")),
            Salary = JsonFields.Objects(job, "payRangeDetails").Select(Pay).FirstOrDefault(pay => pay is not null),
            DatePosted = ApiTimestamps.Date(JsonFields.String(job, "createdOn")),
            DescriptionHtml = Ad(JsonFields.Property(job, "description")),
        };
    }

    private static string? Ad(JsonElement? description)
    {
        if (description is not { ValueKind: JsonValueKind.Object } sections)
        {
            return JsonFields.Text(description);
        }

        var ordered = sections.EnumerateObject()
            .OrderBy(section => section.Name switch { "role" => 0, "company" => 2, _ => 1 })
            .Select(section => ((string?)null, JsonFields.Text(section.Value)));
        return ApiHtml.Sections(ordered);
    }

    /// <summary>One place's range: <c>rangeStart</c>/<c>rangeEnd</c> on live boards, <c>minValue</c>/<c>maxValue</c> on
    /// others.</summary>
    private static ScrapedSalary? Pay(JsonElement range)
    {
        var min = JsonFields.Number(range, "rangeStart") ?? JsonFields.Number(range, "minValue");
        var max = JsonFields.Number(range, "rangeEnd") ?? JsonFields.Number(range, "maxValue");
        return min is null && max is null
            ? null
            : new ScrapedSalary(min, max, JsonFields.String(range, "currency"), PayRange.Period(JsonFields.String(range, "frequency")));
    }

    /// <summary>The board slug of a board, posting or API URL.</summary>
    private static string? Slug(Uri url)
    {
        if (BoardUrls.IsHost(url, ApiHost))
        {
            return BoardUrls.SegmentAfter(url, ApiBoardPath);
        }

        if (!BoardUrls.IsHost(url, BoardHost))
        {
            return null;
        }

        // The board's own API: ats.rippling.com/api/v2/board/SLUG/jobs.
        return BoardUrls.Segments(url) is ["api", _, "board", var slug, ..] && BoardUrls.IsToken(slug)
            ? slug
            : BoardUrls.FirstSegment(url, "api", "static", "assets", "login", "signup");
    }
}
