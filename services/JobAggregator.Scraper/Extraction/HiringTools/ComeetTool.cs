using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Comeet: boards at <c>www.comeet.com/jobs/COMPANY/UID</c>; the careers API
/// (<c>comeet.co/careers-api/2.0/company/UID/positions?token=...&amp;details=true</c>) is a JSON array of positions with
/// <c>name</c>, <c>company_name</c>, a <c>location</c> object, <c>employment_type</c> and the ad as <c>details</c>
/// sections. It needs the company's token, which only the company's own embed carries: the careers widget's
/// <c>COMEET.init({"token": ..., "company-uid": ...})</c> gives both, and a board found without it is reported and its
/// list read only from a saved response or a source configured with the API's URL.</summary>
internal sealed partial class ComeetTool : IHiringTool
{
    private static readonly string[] Hosts = ["www.comeet.com", "comeet.com", "www.comeet.co", "comeet.co"];

    public string Name => "comeet";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["comeet.com", "comeet.co"];

    public HiringToolBoard? Recognize(Uri url)
    {
        if (!BoardUrls.IsHost(url, Hosts))
        {
            return null;
        }

        return BoardUrls.Segments(url) switch
        {
            ["jobs", var company, var uid, ..] when BoardUrls.IsToken(company) && BoardUrls.IsToken(uid) =>
                new HiringToolBoard(Name, company, new Uri($"https://www.comeet.com/jobs/{company}/{uid}")),
            ["careers-api", _, "company", var uid, ..] when BoardUrls.IsToken(uid) =>
                new HiringToolBoard(Name, uid, null) { ApiKey = BoardUrls.Query(url, "token") },
            _ => null,
        };
    }

    /// <summary>The careers widget's settings in an inline script: <c>COMEET.init({"token": "…", "company-uid": "93.00C"})</c>.</summary>
    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html)
    {
        if (!page.Text.Contains("COMEET.init", StringComparison.Ordinal))
        {
            return null;
        }

        foreach (var script in html.QuerySelectorAll("script:not([src])"))
        {
            var text = script.TextContent;
            if (text.Contains("COMEET.init", StringComparison.Ordinal) && CompanyUidSetting().Match(text) is { Success: true } uid
                && BoardUrls.IsToken(uid.Groups["value"].Value))
            {
                var token = TokenSetting().Match(text);
                return new HiringToolBoard(Name, uid.Groups["value"].Value, null) { ApiKey = token.Success ? token.Groups["value"].Value : null };
            }
        }

        return null;
    }

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, Hosts) && BoardUrls.Segments(url) is ["jobs", _, _, _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Array } root
        && JsonFields.Objects(root).FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
        && first.TryGetProperty("uid", out _)
        && (first.TryGetProperty("url_comeet_hosted_page", out _) || first.TryGetProperty("position_url", out _) || first.TryGetProperty("url_active_page", out _));

    public Uri? ApiUrl(HiringToolBoard board) =>
        board.ApiKey is { } key && BoardUrls.IsToken(key)
            ? new Uri($"https://www.comeet.co/careers-api/2.0/company/{Uri.EscapeDataString(board.Token)}/positions?token={Uri.EscapeDataString(key)}&details=true")
            : null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json())
            .Where(position => JsonFields.String(position, "name") is not null)
            .Select(position =>
            {
                var location = JsonFields.Property(position, "location");
                var place = JsonFields.String(location, "name")
                    ?? PlaceText.Join(JsonFields.String(location, "city"), JsonFields.String(location, "state"), JsonFields.String(location, "country"));
                return new PostingDraft
                {
                    Title = JsonFields.String(position, "name"),
                    Organization = JsonFields.String(position, "company_name"),
                    Location = PlaceText.WithRemote(place, JsonFields.Boolean(location, "is_remote") == true),
                    EmploymentType = JsonFields.String(position, "employment_type"),
                    DescriptionHtml = ApiHtml.Sections(JsonFields.Objects(position, "details")
                        .OrderBy(d => JsonFields.Integer(d, "order") ?? 0)
                        .Select(d => (JsonFields.String(d, "name"), JsonFields.String(d, "value")))),
                    Url = Links.Resolve(response.Url, JsonFields.String(position, "url_active_page")
                        ?? JsonFields.String(position, "url_comeet_hosted_page") ?? JsonFields.String(position, "position_url")),
                    FoundOn = response.Url,
                };
            })
            .ToList();

    public Uri? NextPage(PageContent response) => null;

    [GeneratedRegex(@"(?<![\w-])[""']?company-uid[""']?\s*:\s*[""'](?<value>[^""']+)[""']")]
    private static partial Regex CompanyUidSetting();

    [GeneratedRegex(@"(?<![\w-])[""']?token[""']?\s*:\s*[""'](?<value>[^""']+)[""']")]
    private static partial Regex TokenSetting();
}
