using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Polymer: boards at <c>jobs.polymer.co/SLUG</c>, read from the public hiring API
/// <c>api.polymer.co/v1/hire/organizations/SLUG/jobs</c>: <c>{items, meta}</c>, paged by <c>?page=N</c> up to
/// <c>meta.total</c> pages (<c>meta.is_last</c> on the last). Each job has <c>title</c>, <c>display_location</c> beside
/// <c>city</c>/<c>state_region</c>/<c>country</c>, <c>remoteness_pretty</c> ("No remote", "Remote"),
/// <c>kind_pretty</c>, <c>job_post_url</c>, <c>organization_name</c>, <c>published_at</c> and pay as
/// <c>salary_min</c>/<c>salary_max</c>/<c>salary_currency</c>/<c>salary_unit</c> or only as <c>salary_pretty</c>
/// ("17.50 GBP an hour"). The ad is only in each job's own answer (<c>.../jobs/ID</c>).</summary>
internal sealed class PolymerTool : IHiringTool
{
    private const string BoardHost = "jobs.polymer.co";
    private const string ApiHost = "api.polymer.co";

    private static readonly string[] ApiBoardPath = ["v1", "hire", "organizations"];

    public string Name => "polymer";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["polymer.co"];

    public HiringToolBoard? Recognize(Uri url) =>
        Slug(url) is { } slug ? new HiringToolBoard(Name, slug, new Uri($"https://{BoardHost}/{slug}")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, BoardHost) && BoardUrls.Segments(url) is [_, _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && JsonFields.Property(root, "items") is { ValueKind: JsonValueKind.Array }
        && (JsonFields.FirstItemHas(root, "items", "job_post_url", "kind_pretty") || (root.TryGetProperty("meta", out _) && BoardUrls.IsHost(page.Url, ApiHost)));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{ApiHost}/{string.Join('/', ApiBoardPath)}/{Uri.EscapeDataString(board.Token)}/jobs");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var slug = board?.Token ?? Slug(response.Url);
        return JsonFields.Objects(response.Json(), "items")
            .Where(job => JsonFields.String(job, "title") is not null)
            .Select(job =>
            {
                var id = JsonFields.String(job, "id");
                var place = JsonFields.String(job, "display_location")
                    ?? PlaceText.Join(JsonFields.String(job, "city"), JsonFields.String(job, "state_region"), JsonFields.String(job, "country"));
                return new PostingDraft
                {
                    Title = JsonFields.String(job, "title"),
                    Organization = JsonFields.String(job, "organization_name"),
                    Location = PlaceText.WithRemote(place, IsRemote(JsonFields.String(job, "remoteness_pretty"))),
                    EmploymentType = JsonFields.String(job, "kind_pretty"),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(job, "published_at")),
                    Salary = Pay(job),
                    Url = Links.Resolve(response.Url, JsonFields.String(job, "job_post_url"))
                        ?? (slug is not null && id is not null ? new Uri($"https://{BoardHost}/{Uri.EscapeDataString(slug)}/{Uri.EscapeDataString(id)}") : null),
                    FoundOn = response.Url,
                };
            })
            .ToList();
    }

    /// <summary>The next <c>?page=N</c> while <c>meta</c> says there is one: an answer past the last page is empty but
    /// not marked last, so the page count bounds the walk.</summary>
    public Uri? NextPage(PageContent response)
    {
        var meta = JsonFields.Property(response.Json(), "meta");
        if (JsonFields.Boolean(meta, "is_last") != false || JsonFields.Integer(meta, "page") is not { } page
            || JsonFields.Integer(meta, "total") is not { } pages || page >= pages || !BoardUrls.IsHost(response.Url, ApiHost))
        {
            return null;
        }

        return new Uri(response.Url.GetLeftPart(UriPartial.Path) + "?page=" + (page + 1).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary><c>jobs.polymer.co/SLUG/ID</c> is read at <c>api.polymer.co/v1/hire/organizations/SLUG/jobs/ID</c>.</summary>
    public Uri? DetailApiUrl(PostingDraft listed) =>
        listed.Url is { } url && IsPostingPage(url) && BoardUrls.Segments(url) is [var slug, var id, ..]
            ? new Uri($"https://{ApiHost}/{string.Join('/', ApiBoardPath)}/{Uri.EscapeDataString(slug)}/jobs/{Uri.EscapeDataString(id)}")
            : null;

    /// <summary>A job's own answer: the listing's fields plus the ad as <c>description</c> HTML.</summary>
    public PostingDraft? MapDetail(PageContent response) =>
        response.Format == PageFormat.Json && response.Json() is { ValueKind: JsonValueKind.Object } job && JsonFields.String(job, "title") is not null
            ? new PostingDraft
            {
                Organization = JsonFields.String(job, "organization_name"),
                DescriptionHtml = ApiHtml.DecodedOnce(JsonFields.String(job, "description")),
            }
            : null;

    /// <summary>"No remote" is on site; "Remote" and its qualified forms ("Remote friendly") are remote.</summary>
    private static bool IsRemote(string? remoteness) =>
        remoteness is not null && remoteness.Contains("remote", StringComparison.OrdinalIgnoreCase)
        && !remoteness.StartsWith("no", StringComparison.OrdinalIgnoreCase);

    /// <summary>The pay fields, else the words Polymer shows ("38K-42K GBP a year", "17.50 GBP an hour").</summary>
    private static ScrapedSalary? Pay(JsonElement job)
    {
        var min = JsonFields.Number(job, "salary_min");
        var max = JsonFields.Number(job, "salary_max");
        if (min is not null || max is not null)
        {
            return new ScrapedSalary(min, max, JsonFields.String(job, "salary_currency"), PayRange.Period(JsonFields.String(job, "salary_unit")));
        }

        return JsonFields.String(job, "salary_pretty") is { } shown ? PayRange.FromAmounts(shown, null) : null;
    }

    /// <summary>The organisation's slug in a board, posting or API URL.</summary>
    private static string? Slug(Uri url)
    {
        if (BoardUrls.IsHost(url, ApiHost))
        {
            return BoardUrls.SegmentAfter(url, ApiBoardPath);
        }

        return BoardUrls.IsHost(url, BoardHost) ? BoardUrls.FirstSegment(url, "api", "static", "assets") : null;
    }
}
