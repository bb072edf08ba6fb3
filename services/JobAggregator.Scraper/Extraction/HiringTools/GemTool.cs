using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Gem: boards at <c>jobs.gem.com/SLUG</c>, read from the documented, unauthenticated
/// <c>api.gem.com/job_board/v0/SLUG/job_posts/</c> (the trailing slash is required): a bare array of job posts shaped like
/// Greenhouse's, with <c>absolute_url</c>, <c>location.name</c>, <c>offices</c>, <c>location_type</c>
/// (remote, hybrid, in_office), an <c>employment_type</c> code, the ad as <c>content</c> HTML and
/// <c>first_published_at</c>. Some read the same answer wrapped as <c>{"job_posts": [...]}</c>, which is read alike. No pay,
/// closing date or organisation name.</summary>
internal sealed class GemTool : IHiringTool
{
    private const string BoardHost = "jobs.gem.com";

    private const string ApiHost = "api.gem.com";

    private static readonly string[] ApiBoardPath = ["job_board", "v0"];

    public string Name => "gem";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["gem.com"];

    public HiringToolBoard? Recognize(Uri url) =>
        Slug(url) is { } slug ? new HiringToolBoard(Name, slug, new Uri($"https://{BoardHost}/{slug}")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, BoardHost) && BoardUrls.Segments(url) is [_, _];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && Posts(page.Json()) is { ValueKind: JsonValueKind.Array } root
        && ((JsonFields.Objects(root).FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                && first.TryGetProperty("absolute_url", out _) && (first.TryGetProperty("content_plain", out _) || first.TryGetProperty("location_type", out _)))
            || BoardUrls.IsHost(page.Url, ApiHost));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{ApiHost}/{string.Join('/', ApiBoardPath)}/{Uri.EscapeDataString(board.Token)}/job_posts/");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var slug = board?.Token ?? Slug(response.Url);
        return JsonFields.Objects(Posts(response.Json()))
            .Where(post => JsonFields.String(post, "title") is not null)
            .Select(post =>
            {
                var place = JsonFields.String(JsonFields.Property(post, "location"), "name")
                    ?? PlaceText.Several(JsonFields.Objects(post, "offices").Select(o => JsonFields.String(o, "name")));
                var remote = string.Equals(JsonFields.String(post, "location_type"), "remote", StringComparison.OrdinalIgnoreCase);
                var id = JsonFields.String(post, "id");
                return new PostingDraft
                {
                    Title = JsonFields.String(post, "title"),
                    Location = PlaceText.WithRemote(place, remote),
                    EmploymentType = EmploymentText.FromCode(JsonFields.String(post, "employment_type")),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(post, "first_published_at") ?? JsonFields.String(post, "created_at")),
                    DescriptionHtml = ApiHtml.DecodedOnce(JsonFields.String(post, "content")),
                    Url = Links.Resolve(response.Url, JsonFields.String(post, "absolute_url"))
                        ?? (slug is not null && id is not null ? new Uri($"https://{BoardHost}/{Uri.EscapeDataString(slug)}/{Uri.EscapeDataString(id)}") : null),
                    FoundOn = response.Url,
                };
            })
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    /// <summary>The array of job posts: the answer itself, or its <c>job_posts</c>.</summary>
    private static JsonElement? Posts(JsonElement? root) =>
        root is { ValueKind: JsonValueKind.Object } wrapper ? JsonFields.Property(wrapper, "job_posts") : root;

    /// <summary>The board's slug in a board, posting or API URL.</summary>
    private static string? Slug(Uri url)
    {
        if (BoardUrls.IsHost(url, ApiHost))
        {
            return BoardUrls.SegmentAfter(url, ApiBoardPath);
        }

        return BoardUrls.IsHost(url, BoardHost) ? BoardUrls.FirstSegment(url, "api", "static", "assets") : null;
    }
}
