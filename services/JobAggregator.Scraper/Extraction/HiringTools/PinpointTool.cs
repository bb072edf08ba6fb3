using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Pinpoint: careers sites at <c>TOKEN.pinpointhq.com</c>, whose <c>/postings.json</c> lists every open posting
/// as <c>{"data": [...]}</c>: <c>title</c>, <c>url</c>, the ad in four HTML sections with their own headers, a
/// <c>location</c> without a country, <c>workplace_type</c>, <c>deadline_at</c> and pay that counts only when
/// <c>compensation_visible</c>. The feed names no organisation and no posting date.</summary>
internal sealed class PinpointTool : IHiringTool
{
    private const string Suffix = "pinpointhq.com";

    private static readonly (string Section, string? Header)[] AdSections =
    [
        ("description", null),
        ("key_responsibilities", "key_responsibilities_header"),
        ("skills_knowledge_expertise", "skills_knowledge_expertise_header"),
        ("benefits", "benefits_header"),
    ];

    public string Name => "pinpoint";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is { } token ? new HiringToolBoard(Name, token, new Uri($"https://{token}.{Suffix}/")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    /// <summary><c>/postings/ID</c>, or <c>/en/postings/ID</c> under a language.</summary>
    public bool IsPostingPage(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is not null && BoardUrls.Segments(url) is ["postings", _] or [_, "postings", _];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "data", "key_responsibilities", "workplace_type")
            || JsonFields.FirstItemHas(root, "data", "compensation_visible", "path")
            || (JsonFields.Property(root, "data") is { ValueKind: JsonValueKind.Array } && BoardUrls.Subdomain(page.Url, Suffix) is not null));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{board.Token}.{Suffix}/postings.json");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var token = board?.Token ?? BoardUrls.Subdomain(response.Url, Suffix);
        return JsonFields.Objects(response.Json(), "data")
            .Where(posting => JsonFields.String(posting, "title") is not null)
            .Select(posting => ToDraft(posting, response.Url, token))
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static PostingDraft ToDraft(JsonElement posting, Uri responseUrl, string? token)
    {
        var location = JsonFields.Property(posting, "location");
        var place = PlaceText.Join(JsonFields.String(location, "city"), JsonFields.String(location, "province"))
            ?? JsonFields.String(location, "name");
        var remote = string.Equals(JsonFields.String(posting, "workplace_type"), "remote", StringComparison.OrdinalIgnoreCase);
        var path = JsonFields.String(posting, "path");
        return new PostingDraft
        {
            Title = JsonFields.String(posting, "title"),
            Location = PlaceText.WithRemote(place, remote),
            EmploymentType = JsonFields.String(posting, "employment_type_text") ?? EmploymentText.FromCode(JsonFields.String(posting, "employment_type")),
            Salary = Pay(posting),
            ValidThrough = ApiTimestamps.Date(JsonFields.String(posting, "deadline_at")),
            DescriptionHtml = ApiHtml.Sections(AdSections.Select(s => (s.Header is null ? null : JsonFields.String(posting, s.Header), JsonFields.String(posting, s.Section)))),
            Url = Links.Resolve(responseUrl, JsonFields.String(posting, "url"))
                ?? (token is not null && path is not null ? Links.Resolve(new Uri($"https://{token}.{Suffix}/"), path) : null),
            FoundOn = responseUrl,
        };
    }

    /// <summary>The structured pay, only when the organisation chose to show it.</summary>
    private static ScrapedSalary? Pay(JsonElement posting)
    {
        if (JsonFields.Boolean(posting, "compensation_visible") != true)
        {
            return null;
        }

        var min = JsonFields.Number(posting, "compensation_minimum");
        var max = JsonFields.Number(posting, "compensation_maximum");
        return min is null && max is null
            ? null
            : new ScrapedSalary(min, max, JsonFields.String(posting, "compensation_currency"),
                PayRange.Period(JsonFields.String(posting, "compensation_frequency")));
    }
}
