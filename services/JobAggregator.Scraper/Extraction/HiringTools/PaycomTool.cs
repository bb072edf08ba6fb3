using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Paycom: boards at <c>www.paycomonline.net/v4/ats/web.php/jobs?clientkey=KEY</c>. The board page lists the
/// openings as <c>li.JobListing</c> cards: a <c>ViewJobDetails?job=ID&amp;clientkey=KEY</c> link, the title, a line
/// "Position type | Department - Place" and an excerpt. Newer boards (<c>.../portal/KEY/career-page</c>) are a script
/// app whose list is <c>POST /api/ats/job-posting-previews/search</c> with a session token: <c>jobPostingPreviews</c>
/// with <c>jobId</c>, <c>jobTitle</c>, <c>locations</c>, <c>positionType</c>, <c>remoteType</c>, <c>postedOn</c> and at
/// times <c>openAdvertUrl</c>; that list is read when saved. A posting's page carries JobPosting JSON-LD.</summary>
internal sealed class PaycomTool : IHiringTool
{
    private const string Domain = "paycomonline.net";
    private const string DetailPage = "ViewJobDetails";
    private static readonly string[] BoardHosts = ["www." + Domain, Domain];

    public string Name => "paycom";

    // The board is an HTML page, trusted no more than any web page.
    public bool ListsThroughApi => false;

    public IReadOnlyList<string> HostDomains { get; } = [Domain];

    public HiringToolBoard? Recognize(Uri url)
    {
        // Every URL of every page is offered to every tool: the host is looked at first, without allocating.
        if (!url.Host.EndsWith(Domain, StringComparison.OrdinalIgnoreCase) || !BoardUrls.IsHost(url, BoardHosts)
            || BoardUrls.Segments(url) is not ["v4", "ats", "web.php", .. var rest])
        {
            return null;
        }

        var key = (rest is ["portal", var portal, ..] ? portal : BoardUrls.Query(url, "clientkey"))?.ToUpperInvariant();
        return BoardUrls.IsToken(key)
            ? new HiringToolBoard(Name, key!, new Uri($"https://www.{Domain}/v4/ats/web.php/jobs?clientkey={Uri.EscapeDataString(key!)}"))
            : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        Recognize(url) is not null && (BoardUrls.Segments(url) is [.., DetailPage] || BoardUrls.Segments(url) is [_, _, _, "portal", _, "jobs", _, ..]);

    /// <summary>The board page (on Paycom's host, or a saved copy that still shows its cards), or a saved list of
    /// previews.</summary>
    public bool IsApiResponse(PageContent page) => page.Format switch
    {
        PageFormat.Html => !IsPostingPage(page.Url) && page.Text.Contains(DetailPage, StringComparison.Ordinal)
            && page.Text.Contains("JobListing", StringComparison.Ordinal),
        PageFormat.Json => page.Json() is { ValueKind: JsonValueKind.Object } root && JsonFields.FirstItemHas(root, "jobPostingPreviews", "jobTitle", "jobId"),
        _ => false,
    };

    public Uri? ApiUrl(HiringToolBoard board) => board.BoardUrl;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        html is null ? Previews(response, board) : Cards(response, html);

    public Uri? NextPage(PageContent response) => null;

    private static List<PostingDraft> Cards(PageContent response, IDocument html)
    {
        var drafts = new List<PostingDraft>();
        var seen = new HashSet<Uri>();
        foreach (var anchor in html.QuerySelectorAll($"a[href*='{DetailPage}']"))
        {
            if (Links.Resolve(response.Url, anchor.GetAttribute("href")) is not { } url || !seen.Add(url))
            {
                continue;
            }

            var card = anchor.Closest("li, article, div.JobListing") ?? anchor;
            var title = Text(card.QuerySelector(".jobTitle")) ?? Text(anchor);
            if (title is null)
            {
                continue;
            }

            // "Full Time | Legal - Columbus, OH, 43215": the kind of job, then the department and the place.
            var line = Text(card.QuerySelector(".jobLocation"));
            var (kind, rest) = line?.Split('|', 2, StringSplitOptions.TrimEntries) is [var k, var r] ? (k, r) : (null, line);
            var place = rest?.Split(" - ", 2, StringSplitOptions.TrimEntries) is [_, var p] ? p : rest;
            drafts.Add(new PostingDraft
            {
                Title = title,
                Location = string.IsNullOrWhiteSpace(place) ? null : place,
                EmploymentType = string.IsNullOrWhiteSpace(kind) ? null : kind,
                Url = url,
                FoundOn = response.Url,
            });
        }

        return drafts;
    }

    private static List<PostingDraft> Previews(PageContent response, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json(), "jobPostingPreviews")
            .Where(preview => JsonFields.String(preview, "jobTitle") is not null)
            .Select(preview =>
            {
                var remote = JsonFields.String(preview, "remoteType") is { } type
                    && (type.Equals("R", StringComparison.OrdinalIgnoreCase) || type.Contains("remote", StringComparison.OrdinalIgnoreCase));
                return new PostingDraft
                {
                    Title = JsonFields.String(preview, "jobTitle"),
                    Location = PlaceText.WithRemote(JsonFields.String(preview, "locations"), remote),
                    EmploymentType = JsonFields.String(preview, "positionType"),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(preview, "postedOn")),
                    Url = Links.Resolve(response.Url, JsonFields.String(preview, "openAdvertUrl")) ?? PostingUrl(board, JsonFields.String(preview, "jobId")),
                    FoundOn = response.Url,
                };
            })
            .ToList();

    private static Uri? PostingUrl(HiringToolBoard? board, string? jobId) =>
        board is null || jobId is null
            ? null
            : new Uri($"https://www.{Domain}/v4/ats/web.php/portal/{Uri.EscapeDataString(board.Token)}/jobs/{Uri.EscapeDataString(jobId)}");

    private static string? Text(IElement? element) =>
        element is null ? null : Heuristics.PlainText.Of(element);
}
