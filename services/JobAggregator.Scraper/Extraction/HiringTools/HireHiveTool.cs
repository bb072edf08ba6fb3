using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>HireHive: a company's career site at <c>TENANT.hirehive.com</c> is fed by the public, keyless
/// <c>TENANT.hirehive.com/api/v2/jobs?page=N&amp;page_size=K</c> → <c>{meta: {page, total_pages, has_next_page},
/// links: {next}, items}</c>. An item has a string <c>id</c>, <c>title</c>, <c>location</c> (the town as typed),
/// <c>state_code</c>, <c>country</c> (<c>name</c>, <c>code</c>), <c>type</c> (<c>name</c>: the employment type in the
/// company's words), <c>category</c>, <c>description</c> (<c>html</c>, <c>text</c>), <c>published_date</c>,
/// <c>hosted_url</c> (the posting's page, <c>TENANT.hirehive.com/TITLE-PLACE-SHORTID</c>) and, where entered, a
/// <c>salary</c> text. The answer does not name the company.</summary>
internal sealed class HireHiveTool : IHiringTool
{
    private const string Suffix = "hirehive.com";
    private const int ApiPageSize = 100;

    public string Name => "hirehive";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is { } tenant && BoardUrls.IsToken(tenant)
            ? new HiringToolBoard(Name, tenant.ToLowerInvariant(), new Uri($"https://{tenant.ToLowerInvariant()}.{Suffix}/"))
            : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    /// <summary>A posting's page is one path segment below the career site's root; the API lives under <c>/api</c>.</summary>
    public bool IsPostingPage(Uri url) =>
        Recognize(url) is not null && BoardUrls.Segments(url) is [var posting] && !string.Equals(posting, "api", StringComparison.OrdinalIgnoreCase)
        && posting.Contains('-', StringComparison.Ordinal);

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "items", "hosted_url", "title")
            || (Recognize(page.Url) is not null && BoardUrls.Segments(page.Url) is ["api", _, "jobs"] && root.TryGetProperty("items", out _)));

    public Uri? ApiUrl(HiringToolBoard board) => ListingPage(board.Token, 1);

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json(), "items")
            .Where(job => JsonFields.String(job, "title") is not null)
            .Select(job => new PostingDraft
            {
                Title = JsonFields.String(job, "title"),
                Location = PlaceText.Join(JsonFields.String(job, "location"), JsonFields.String(job, "state_code"),
                    JsonFields.Text(JsonFields.Path(job, "country", "name")) ?? JsonFields.Text(JsonFields.Path(job, "country", "code"))),
                EmploymentType = JsonFields.Text(JsonFields.Path(job, "type", "name")),
                SalaryText = JsonFields.String(job, "salary"),
                DatePosted = ApiTimestamps.Date(JsonFields.String(job, "published_date")),
                DescriptionHtml = JsonFields.Text(JsonFields.Path(job, "description", "html")),
                Url = Links.Resolve(response.Url, JsonFields.String(job, "hosted_url")),
                FoundOn = response.Url,
            })
            .ToList();

    /// <summary>The answer's own next link while its meta says more follow, else the next page number on the same host.</summary>
    public Uri? NextPage(PageContent response)
    {
        var root = response.Json();
        var meta = JsonFields.Property(root, "meta");
        if (JsonFields.Boolean(meta, "has_next_page") is not true)
        {
            return null;
        }

        if (Links.Resolve(response.Url, JsonFields.Text(JsonFields.Path(root, "links", "next"))) is { } next && Recognize(next) is not null)
        {
            return next;
        }

        return Recognize(response.Url) is { } board ? ListingPage(board.Token, (JsonFields.Integer(meta, "page") ?? 1) + 1) : null;
    }

    private static Uri ListingPage(string tenant, long page) =>
        new($"https://{Uri.EscapeDataString(tenant)}.{Suffix}/api/v2/jobs?page={page}&page_size={ApiPageSize}");
}
