using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Feeds;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Jobvite: boards at <c>jobs.jobvite.com/COMPANY</c>; the company's XML feed
/// (<c>app.jobvite.com/CompanyJobs/Xml.aspx?c=COMPANY-ID</c>) is <c>&lt;result&gt;&lt;job&gt;</c> items with
/// <c>title</c>, <c>jobtype</c>, <c>location</c>, <c>date</c>, <c>detail-url</c>, <c>apply-url</c> and the ad, read as
/// the XML job feeds are. The feed takes the company's id, which a board's address does not show: only a feed URL is
/// read.</summary>
internal sealed class JobviteTool : IHiringTool
{
    private const string FeedHost = "app.jobvite.com";
    private const string BoardHost = "jobs.jobvite.com";

    public string Name => "jobvite";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["jobvite.com"];

    public HiringToolBoard? Recognize(Uri url)
    {
        if (BoardUrls.IsHost(url, FeedHost) && BoardUrls.Query(url, "c") is { } id && BoardUrls.IsToken(id))
        {
            return new HiringToolBoard(Name, id, new Uri($"https://{FeedHost}/CompanyJobs/Xml.aspx?c={Uri.EscapeDataString(id)}"));
        }

        return BoardUrls.IsHost(url, BoardHost) && BoardUrls.FirstSegment(url, "api", "css", "js", "favicon.ico", "robots.txt") is { } company
            ? new HiringToolBoard(Name, company, null)
            : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, BoardHost) && BoardUrls.Segments(url) is [_, "job", _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Xml && page.Text.Contains("<result", StringComparison.OrdinalIgnoreCase)
        && (page.Text.Contains("<detail-url>", StringComparison.OrdinalIgnoreCase) || page.Text.Contains("jobvite", StringComparison.OrdinalIgnoreCase));

    public Uri? ApiUrl(HiringToolBoard board) =>
        board.BoardUrl is { } url && BoardUrls.IsHost(url, FeedHost) ? url : null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        XmlFeedDocument.Parse(response.Text) is { } document ? JobXmlFeedMapper.Map(document, response.Url) ?? [] : [];

    public Uri? NextPage(PageContent response) => null;
}
