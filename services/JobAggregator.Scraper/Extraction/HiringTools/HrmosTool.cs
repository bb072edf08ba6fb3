using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>HRMOS採用 (Bizreach): career sites at <c>hrmos.co/pages/COMPANY</c>, server-rendered pages with no public
/// JSON. The list <c>hrmos.co/pages/COMPANY/jobs</c> holds every open posting in <c>section#jsi-joblist</c>, each a link
/// to <c>/pages/COMPANY/jobs/ID</c> around a cassette whose heading is the title (and a teaser of the ad); the
/// organisation names itself in <c>.sg-corporate-name</c>, while the page's site name is the tool's ("HRMOS採用"). Place,
/// type, pay and dates are on each posting's page, in its JobPosting data.</summary>
internal sealed class HrmosTool : IHiringTool
{
    private const string Host = "hrmos.co";
    private const string JobList = "jsi-joblist";

    public string Name => "hrmos";

    // The list is an HTML page, trusted no more than any web page.
    public bool ListsThroughApi => false;

    public IReadOnlyList<string> HostDomains { get; } = [Host];

    /// <summary>The company in <c>/pages/COMPANY</c> (its top page, its list or a posting).</summary>
    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.IsHost(url, Host, "www." + Host) && BoardUrls.Segments(url) is ["pages", var company, ..] && BoardUrls.IsToken(company)
            ? new HiringToolBoard(Name, company, new Uri($"https://{Host}/pages/{Uri.EscapeDataString(company)}/jobs"))
            : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    /// <summary><c>/pages/COMPANY/jobs/ID</c>: one posting's page.</summary>
    public bool IsPostingPage(Uri url) => Recognize(url) is not null && BoardUrls.Segments(url) is ["pages", _, "jobs", _];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Html && !IsPostingPage(page.Url) && page.Text.Contains(JobList, StringComparison.Ordinal);

    public Uri? ApiUrl(HiringToolBoard board) => board.BoardUrl;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        if (html?.GetElementById(JobList) is not { } list)
        {
            return [];
        }

        var organization = Text(html.QuerySelector(".sg-corporate-name"));
        var drafts = new List<PostingDraft>();
        var seen = new HashSet<Uri>();
        foreach (var link in list.QuerySelectorAll("a[href]"))
        {
            if (Links.Resolve(response.Url, link.GetAttribute("href")) is not { } url || !seen.Add(url)
                || Text(link.QuerySelector("h2, h3, .pg-list-cassette-title") ?? link) is not { } title)
            {
                continue;
            }

            drafts.Add(new PostingDraft { Title = title, Organization = organization, Url = url, FoundOn = response.Url });
        }

        return drafts;
    }

    public Uri? NextPage(PageContent response) => null;

    private static string? Text(IElement? element) =>
        element is null ? null : Heuristics.PlainText.Of(element) is { Length: > 0 } text ? text : null;
}
