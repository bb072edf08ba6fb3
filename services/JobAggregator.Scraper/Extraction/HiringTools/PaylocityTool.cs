using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Paylocity: boards at <c>recruiting.paylocity.com/Recruiting/Jobs/All/{GUID}</c>, which render their list
/// from <c>window.pageData = {...Jobs: [...]}</c> in a script; each opening's URL is the board's
/// <c>JobDetailsUrl</c> followed by its <c>JobId</c>.</summary>
internal sealed class PaylocityTool : IHiringTool
{
    private const string Host = "recruiting.paylocity.com";
    private const string DefaultDetailsPath = "/Recruiting/Jobs/Details/";

    public string Name => "paylocity";

    public bool ListsThroughApi => false;

    public IReadOnlyList<string> HostDomains { get; } = [Host];

    public HiringToolBoard? Recognize(Uri url)
    {
        if (!BoardUrls.IsHost(url, Host))
        {
            return null;
        }

        var segments = BoardUrls.Segments(url).Select(s => s.ToLowerInvariant()).ToArray();
        return segments is ["recruiting", "jobs", "all", var guid, ..] && Guid.TryParse(guid, out _)
            ? new HiringToolBoard(Name, guid, new Uri($"https://{Host}/Recruiting/Jobs/All/{guid}"))
            : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        BoardUrls.IsHost(url, Host) && BoardUrls.Segments(url).Select(s => s.ToLowerInvariant()).ToArray() is ["recruiting", "jobs", "details", ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Html && page.Text.Contains("pageData", StringComparison.Ordinal) && PageData(page) is not null;

    /// <summary>The board page itself: its script holds the list.</summary>
    public Uri? ApiUrl(HiringToolBoard board) => board.BoardUrl;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        if (PageData(response) is not { } data)
        {
            return [];
        }

        var organization = JsonFields.String(data, "CompanyName");
        // Relative to the board's host: a saved page may come with any base URL.
        var site = BoardUrls.IsHost(response.Url, Host) ? response.Url : new Uri($"https://{Host}/");
        var details = Links.Resolve(site, JsonFields.String(data, "JobDetailsUrl") ?? DefaultDetailsPath);
        return JsonFields.Objects(data, "Jobs").Select(job => ToDraft(job, organization, details, response.Url)).ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static JsonElement? PageData(PageContent page) =>
        ScriptJson.Assigned(page.Text, "pageData")
            .Where(data => data.ValueKind == JsonValueKind.Object && JsonFields.Property(data, "Jobs") is { ValueKind: JsonValueKind.Array })
            .Select(data => (JsonElement?)data)
            .FirstOrDefault();

    private static PostingDraft ToDraft(JsonElement job, string? organization, Uri? details, Uri responseUrl)
    {
        var location = JsonFields.Property(job, "JobLocation");
        var place = PlaceText.Join(JsonFields.String(location, "City"), JsonFields.String(location, "State"), JsonFields.String(location, "Country"))
            ?? JsonFields.String(job, "LocationName");
        var id = JsonFields.String(job, "JobId");
        return new PostingDraft
        {
            Title = JsonFields.String(job, "JobTitle"),
            Organization = organization,
            Location = PlaceText.WithRemote(place, JsonFields.Boolean(job, "IsRemote") == true),
            DatePosted = ApiTimestamps.Date(JsonFields.String(job, "PublishedDate")),
            Url = details is not null && id is not null ? new Uri(details, Uri.EscapeDataString(id)) : null,
            FoundOn = responseUrl,
        };
    }
}
