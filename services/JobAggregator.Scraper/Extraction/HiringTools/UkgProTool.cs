using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>UKG Pro Recruiting (UltiPro): boards at <c>recruiting.ultipro.com/TENANT/JobBoard/BOARD-GUID</c>, listed by
/// <c>JobBoardView/LoadSearchResults</c>: <c>opportunities</c> with <c>Title</c>, <c>FullTime</c>, <c>PostedDate</c> and
/// <c>Locations[].Address</c>. The list answers only a POST, so a board found on a page is reported, and a saved list
/// read; a posting's page is <c>.../OpportunityDetail?opportunityId=ID</c>.</summary>
internal sealed class UkgProTool : IHiringTool
{
    private static readonly string[] Hosts = ["recruiting.ultipro.com", "recruiting2.ultipro.com", "recruiting.ultipro.ca"];

    public string Name => "ukg";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["ultipro.com", "ultipro.ca"];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.IsHost(url, Hosts) && BoardUrls.Segments(url) is [var tenant, "JobBoard", var board, ..] && BoardUrls.IsToken(tenant) && BoardUrls.IsToken(board)
            ? new HiringToolBoard(Name, tenant, new Uri($"https://{url.Host}/{tenant}/JobBoard/{board}/"))
            : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, Hosts) && BoardUrls.Segments(url).Contains("OpportunityDetail", StringComparer.OrdinalIgnoreCase);

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && JsonFields.FirstItemHas(root, "opportunities", "Title", "Id");

    public Uri? ApiUrl(HiringToolBoard board) => null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var boardUrl = board?.BoardUrl ?? Recognize(response.Url)?.BoardUrl;
        return JsonFields.Objects(response.Json(), "opportunities")
            .Where(o => JsonFields.String(o, "Title") is not null)
            .Select(o =>
            {
                var address = JsonFields.Property(JsonFields.Objects(o, "Locations").FirstOrDefault(), "Address");
                var id = JsonFields.String(o, "Id");
                return new PostingDraft
                {
                    Title = JsonFields.String(o, "Title"),
                    Location = PlaceText.Join(JsonFields.String(address, "City"), JsonFields.String(JsonFields.Property(address, "State"), "Code"),
                        JsonFields.String(JsonFields.Property(address, "Country"), "Code")),
                    EmploymentType = JsonFields.Boolean(o, "FullTime") switch { true => "Full-time", false => "Part-time", null => null },
                    DatePosted = ApiTimestamps.Date(JsonFields.String(o, "PostedDate")),
                    Url = boardUrl is null || id is null ? null : new Uri(boardUrl, $"OpportunityDetail?opportunityId={Uri.EscapeDataString(id)}"),
                    FoundOn = response.Url,
                };
            })
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;
}
