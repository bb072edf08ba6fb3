using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>BreezyHR: boards at <c>TOKEN.breezy.hr</c>, whose <c>/json</c> lists every published position: <c>name</c>,
/// <c>url</c>, <c>published_date</c>, <c>type.name</c>, a <c>location</c> object with <c>is_remote</c>, the pay as the
/// board writes it (<c>salary</c>) and <c>company.name</c>. The ad is only on the position's page.</summary>
internal sealed class BreezyHrTool : IHiringTool
{
    private const string Suffix = "breezy.hr";

    public string Name => "breezyhr";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is { } token ? new HiringToolBoard(Name, token, new Uri($"https://{token}.{Suffix}/")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.Subdomain(url, Suffix) is not null && BoardUrls.Segments(url) is ["p", _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Array } root
        && (JsonFields.Objects(root).FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                ? first.TryGetProperty("friendly_id", out _) && first.TryGetProperty("published_date", out _)
                : BoardUrls.Subdomain(page.Url, Suffix) is not null);

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{board.Token}.{Suffix}/json");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json())
            .Where(position => JsonFields.String(position, "name") is not null)
            .Select(position =>
            {
                var location = JsonFields.Property(position, "location");
                var place = JsonFields.String(location, "name") ?? PlaceText.Join(
                    JsonFields.String(location, "city"), JsonFields.String(JsonFields.Property(location, "state"), "name"),
                    JsonFields.String(JsonFields.Property(location, "country"), "name"));
                return new PostingDraft
                {
                    Title = JsonFields.String(position, "name"),
                    Organization = JsonFields.String(JsonFields.Property(position, "company"), "name"),
                    Location = PlaceText.WithRemote(place, JsonFields.Boolean(location, "is_remote") == true),
                    EmploymentType = JsonFields.String(JsonFields.Property(position, "type"), "name"),
                    SalaryText = JsonFields.String(position, "salary"),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(position, "published_date")),
                    Url = Links.Resolve(response.Url, JsonFields.String(position, "url")),
                    FoundOn = response.Url,
                };
            })
            .ToList();

    public Uri? NextPage(PageContent response) => null;
}
