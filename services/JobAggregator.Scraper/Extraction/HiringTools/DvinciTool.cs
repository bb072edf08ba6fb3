using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>d.vinci: career portals at <c>PORTAL.dvinci-hr.com</c> (also <c>.dvinci.de</c> and <c>.dvinci-easy.com</c>,
/// sometimes below a <c>/portal/NAME/</c> path), whose public job-publication list <c>…/jobPublication/list.json</c>
/// needs no key and holds every active ad in one bare array. A publication has its <c>position</c>, the ad in sections
/// (<c>introduction</c>, <c>tasks</c>, <c>profile</c>, <c>weOffer</c>, <c>closingText</c>), <c>jobPublicationURL</c>,
/// <c>applicationFormURL</c>, an <c>endDate</c>, and a <c>jobOpening</c> with named <c>locations</c> (and a country),
/// <c>workingTimes</c> (words, or objects with a <c>name</c>), a <c>contractPeriod</c> and its <c>createdDate</c>. It
/// names no employer, so the organisation is the source's.</summary>
internal sealed class DvinciTool : IHiringTool
{
    private static readonly string[] Suffixes = ["dvinci-hr.com", "dvinci.de", "dvinci-easy.com"];

    /// <summary>The ad's sections in the order the portal shows them.</summary>
    private static readonly string[] AdSections = ["introduction", "tasks", "profile", "weOffer", "closingText"];

    public string Name => "dvinci";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = Suffixes;

    /// <summary>The portal's subdomain, with its <c>/portal/NAME</c> path when it has one ("intermed/LADR"), so that the
    /// list is asked of the same portal.</summary>
    public HiringToolBoard? Recognize(Uri url)
    {
        if (Suffixes.Select(s => BoardUrls.Subdomain(url, s)).FirstOrDefault(s => s is not null) is not { } portal || !BoardUrls.IsToken(portal))
        {
            return null;
        }

        var token = BoardUrls.SegmentAfter(url, ["portal"]) is { } path ? $"{portal}/{path}" : portal;
        return new HiringToolBoard(Name, token.ToLowerInvariant(), new Uri($"https://{url.Host.ToLowerInvariant()}/"));
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    /// <summary><c>/de/jobs/ID/SLUG</c>: one ad's page.</summary>
    public bool IsPostingPage(Uri url) =>
        Recognize(url) is not null && BoardUrls.Segments(url) is [.., "jobs", var id, _] && id.All(char.IsAsciiDigit);

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Array } root
        && (JsonFields.Objects(root).FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
            ? first.TryGetProperty("jobOpening", out _) && (first.TryGetProperty("position", out _) || first.TryGetProperty("jobPublicationURL", out _))
            : IsList(page.Url));

    /// <summary>The list on the portal's own host (the board's URL keeps it: dvinci-hr.com, dvinci.de or
    /// dvinci-easy.com).</summary>
    public Uri? ApiUrl(HiringToolBoard board)
    {
        var slash = board.Token.IndexOf('/', StringComparison.Ordinal);
        var host = board.BoardUrl?.Host ?? $"{(slash < 0 ? board.Token : board.Token[..slash])}.{Suffixes[0]}";
        var path = slash < 0 ? "" : $"portal/{Uri.EscapeDataString(board.Token[(slash + 1)..])}/";
        return new Uri($"https://{host}/{path}jobPublication/list.json");
    }

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json())
            .Where(publication => (JsonFields.String(publication, "position") ?? JsonFields.String(publication, "pageTitle")) is not null)
            .Select(publication =>
            {
                var opening = JsonFields.Property(publication, "jobOpening");
                var places = JsonFields.Objects(opening, "locations")
                    .Select(l => PlaceText.Join(JsonFields.String(JsonFields.Property(l, "address"), "city") ?? JsonFields.String(l, "name"), JsonFields.String(JsonFields.Property(l, "country"), "name")));
                return new PostingDraft
                {
                    Title = JsonFields.String(publication, "position") ?? JsonFields.String(publication, "pageTitle"),
                    Location = PlaceText.Several(places) ?? JsonFields.String(opening, "location"),
                    EmploymentType = WorkingTimes(opening) ?? JsonFields.String(JsonFields.Property(opening, "contractPeriod"), "name"),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(opening, "createdDate")),
                    ValidThrough = ApiTimestamps.Date(JsonFields.String(publication, "endDate")),
                    DescriptionHtml = ApiHtml.Sections(
                        AdSections.Select(section => ((string?)null, JsonFields.String(publication, section)))),
                    Url = Links.Resolve(response.Url, JsonFields.String(publication, "jobPublicationURL")),
                    ApplyUrl = Links.Resolve(response.Url, JsonFields.String(publication, "applicationFormURL")),
                    FoundOn = response.Url,
                };
            })
            .ToList();

    public Uri? NextPage(PageContent response) => null;

    private bool IsList(Uri url) =>
        Recognize(url) is not null && BoardUrls.Segments(url) is [.., "jobPublication", "list.json"];

    /// <summary>"Vollzeit, Teilzeit": the working times as the portal words them, given as strings or as objects with
    /// a <c>name</c>.</summary>
    private static string? WorkingTimes(JsonElement? opening)
    {
        var words = JsonFields.Property(opening, "workingTimes") is { ValueKind: JsonValueKind.Array } times
            ? times.EnumerateArray().Select(t => t.ValueKind == JsonValueKind.Object ? JsonFields.String(t, "name") : JsonFields.Text(t)).OfType<string>().ToList()
            : [];
        return words.Count == 0 ? null : string.Join(", ", words);
    }
}
