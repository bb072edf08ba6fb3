using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Recruitee: careers sites at <c>TOKEN.recruitee.com</c>, read from <c>/api/offers/</c>; pay comes as strings
/// with a period, dates as "yyyy-MM-dd HH:mm:ss UTC".</summary>
internal sealed class RecruiteeTool : IHiringTool
{
    private const string Suffix = "recruitee.com";

    public string Name => "recruitee";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is { } token ? new HiringToolBoard(Name, token, new Uri($"https://{token}.{Suffix}/")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.Subdomain(url, Suffix) is not null && BoardUrls.Segments(url) is ["o", _, ..];

    public bool IsApiResponse(PageContent page)
    {
        if (page.Format != PageFormat.Json || page.Json() is not { ValueKind: JsonValueKind.Object } root)
        {
            return false;
        }

        return JsonFields.FirstItemHas(root, "offers", "careers_url")
            || JsonFields.FirstItemHas(root, "offers", "slug", "published_at")
            || (root.TryGetProperty("offers", out _) && BoardUrls.Subdomain(page.Url, Suffix) is not null);
    }

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{board.Token}.{Suffix}/api/offers/");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var token = board?.Token ?? Recognize(response.Url)?.Token;
        return JsonFields.Objects(response.Json(), "offers").Select(offer => ToDraft(offer, response.Url, token)).ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static PostingDraft ToDraft(JsonElement offer, Uri responseUrl, string? token)
    {
        var place = JsonFields.String(offer, "location")
            ?? PlaceText.Join(JsonFields.String(offer, "city"), JsonFields.String(offer, "state_name"), JsonFields.String(offer, "country"))
            // Newer boards leave the fields above empty and list the places in "locations".
            ?? PlaceText.Several(JsonFields.Objects(offer, "locations").Select(l => PlaceText.Join(JsonFields.String(l, "city"),
                JsonFields.String(l, "state"), JsonFields.String(l, "country") ?? JsonFields.String(l, "country_code"))));
        var remote = JsonFields.Boolean(offer, "remote") == true && JsonFields.Boolean(offer, "hybrid") != true;
        var slug = JsonFields.String(offer, "slug");
        return new PostingDraft
        {
            Title = JsonFields.String(offer, "title"),
            Organization = JsonFields.String(offer, "company_name"),
            Location = PlaceText.WithRemote(place, remote),
            EmploymentType = EmploymentText.FromCode(JsonFields.String(offer, "employment_type_code")),
            Salary = Salary(JsonFields.Property(offer, "salary")),
            DatePosted = ApiTimestamps.Date(JsonFields.String(offer, "published_at")),
            ValidThrough = ApiTimestamps.Date(JsonFields.String(offer, "close_at")),
            DescriptionHtml = ApiHtml.Sections([(null, JsonFields.String(offer, "description")), (null, JsonFields.String(offer, "requirements"))]),
            Url = Links.Resolve(responseUrl, JsonFields.String(offer, "careers_url"))
                ?? (token is not null && slug is not null ? new Uri($"https://{token}.{Suffix}/o/{slug}") : null),
            ApplyUrl = Links.Resolve(responseUrl, JsonFields.String(offer, "careers_apply_url")),
            FoundOn = responseUrl,
        };
    }

    private static ScrapedSalary? Salary(JsonElement? salary)
    {
        var min = JsonFields.Number(salary, "min");
        var max = JsonFields.Number(salary, "max");
        return min is null && max is null
            ? null
            : new ScrapedSalary(min, max, JsonFields.String(salary, "currency"), PayRange.Period(JsonFields.String(salary, "period")));
    }
}
