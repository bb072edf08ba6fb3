using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Trakstar Hire (formerly Recruiterbox): boards at <c>CLIENT.hire.trakstar.com</c> (or the older
/// <c>CLIENT.recruiterbox.com</c>), read from the public openings API <c>jsapi.recruiterbox.com/v1/openings?client_name=CLIENT</c>:
/// <c>{objects, meta}</c>, paged by <c>offset</c> and <c>limit</c>. An opening has a <c>location</c> object,
/// <c>position_type</c>, <c>allows_remote</c>, <c>close_date</c>, <c>hosted_url</c> and its ad (<c>description</c>,
/// <c>requirements</c>); neither the employer's name nor a publication date.</summary>
internal sealed class TrakstarHireTool : IHiringTool
{
    private const string BoardSuffix = "hire.trakstar.com";
    private const string LegacySuffix = "recruiterbox.com";
    private const string ApiHost = "jsapi.recruiterbox.com";

    public string Name => "trakstar";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["trakstar.com", LegacySuffix];

    public HiringToolBoard? Recognize(Uri url)
    {
        var client = BoardUrls.IsHost(url, ApiHost)
            ? BoardUrls.Query(url, "client_name")
            : BoardUrls.Subdomain(url, BoardSuffix) ?? (BoardUrls.Subdomain(url, LegacySuffix) is { } legacy && !legacy.StartsWith("jsapi", StringComparison.OrdinalIgnoreCase) ? legacy : null);
        return BoardUrls.IsToken(client) ? Board(client!.ToLowerInvariant()) : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        (BoardUrls.Subdomain(url, BoardSuffix) ?? BoardUrls.Subdomain(url, LegacySuffix)) is not null && BoardUrls.Segments(url) is ["jobs", _, ..];

    public bool IsApiResponse(PageContent page)
    {
        if (page.Format != PageFormat.Json || page.Json() is not { ValueKind: JsonValueKind.Object } root)
        {
            return false;
        }

        return JsonFields.FirstItemHas(root, "objects", "hosted_url")
            || JsonFields.FirstItemHas(root, "objects", "allows_remote", "position_type")
            || (BoardUrls.IsHost(page.Url, ApiHost) && root.TryGetProperty("objects", out _));
    }

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{ApiHost}/v1/openings?client_name={Uri.EscapeDataString(board.Token)}");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json(), "objects")
            .Where(opening => JsonFields.String(opening, "title") is not null)
            .Select(opening =>
            {
                var location = JsonFields.Property(opening, "location");
                var place = PlaceText.Join(JsonFields.String(location, "city"), JsonFields.String(location, "state"), JsonFields.String(location, "country"));
                return new PostingDraft
                {
                    Title = JsonFields.String(opening, "title"),
                    Location = PlaceText.WithRemote(place, JsonFields.Boolean(opening, "allows_remote") == true),
                    EmploymentType = EmploymentText.FromCode(JsonFields.String(opening, "position_type")),
                    ValidThrough = ApiTimestamps.Date(JsonFields.String(opening, "close_date")),
                    DescriptionHtml = ApiHtml.Sections([(null, JsonFields.String(opening, "description")), ("Requirements", JsonFields.String(opening, "requirements"))]),
                    Url = Links.Resolve(response.Url, JsonFields.String(opening, "hosted_url"))
                        ?? (board is not null && JsonFields.String(opening, "id") is { } id ? new Uri(Board(board.Token).BoardUrl!, $"jobs/{Uri.EscapeDataString(id)}/") : null),
                    FoundOn = response.Url,
                };
            })
            .ToList();

    /// <summary>The next window of openings while <c>meta</c> says there are more (<c>total_count</c>, or <c>total</c>).</summary>
    public Uri? NextPage(PageContent response)
    {
        var meta = JsonFields.Property(response.Json(), "meta");
        var total = JsonFields.Integer(meta, "total_count") ?? JsonFields.Integer(meta, "total");
        var offset = JsonFields.Integer(meta, "offset") ?? 0;
        var limit = JsonFields.Integer(meta, "limit");
        if (total is null || limit is not > 0 || offset + limit >= total || BoardUrls.Query(response.Url, "client_name") is not { } client)
        {
            return null;
        }

        var next = (offset + limit.Value).ToString(CultureInfo.InvariantCulture);
        return new Uri($"https://{ApiHost}/v1/openings?client_name={Uri.EscapeDataString(client)}&limit={limit.Value.ToString(CultureInfo.InvariantCulture)}&offset={next}");
    }

    private HiringToolBoard Board(string client) => new(Name, client, new Uri($"https://{client}.{BoardSuffix}/"));
}
