using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Feeds;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>NEOGOV: agency boards at <c>www.governmentjobs.com/careers/AGENCY</c> (school districts at
/// <c>www.schooljobs.com</c>), read from the agency's public feed <c>/SearchEngine/JobsFeed?agency=AGENCY</c>: RSS 2.0
/// whose items add <c>joblisting:</c> elements (<c>jobType</c>, <c>location</c>, <c>minimumSalary</c>,
/// <c>maximumSalary</c>, <c>salaryCurrency</c>, <c>salaryInterval</c>, <c>advertiseToDateTime</c>), read as any job
/// feed is; the channel's title names the agency.</summary>
internal sealed class NeogovTool : IHiringTool
{
    private const string Namespace = "neogov.com/namespaces/JobListing";

    private static readonly string[] BoardHosts = ["www.governmentjobs.com", "governmentjobs.com", "www.schooljobs.com", "schooljobs.com"];

    private static readonly string[] FeedPath = ["SearchEngine", "JobsFeed"];

    public string Name => "neogov";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["governmentjobs.com", "schooljobs.com"];

    public HiringToolBoard? Recognize(Uri url) =>
        Agency(url) is { } agency ? new HiringToolBoard(Name, agency, new Uri($"https://{Host(url)}/careers/{Uri.EscapeDataString(agency)}")) : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, BoardHosts) && BoardUrls.Segments(url) is ["careers", _, "jobs", _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Xml && page.Text.Contains(Namespace, StringComparison.OrdinalIgnoreCase);

    public Uri? ApiUrl(HiringToolBoard board) =>
        board.BoardUrl is { } url ? new Uri($"https://{Host(url)}/{string.Join('/', FeedPath)}?agency={Uri.EscapeDataString(board.Token)}") : null;

    /// <summary>The feed's items as any job feed's, named after the agency (the channel's title, a bare name a plain
    /// feed's title is not trusted to be) and dated as written.</summary>
    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        if (XmlFeedDocument.Parse(response.Text) is not { } document)
        {
            return [];
        }

        var agency = document.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == "channel")?.Elements()
            .FirstOrDefault(e => e.Name.LocalName == "title")?.Value.Trim();
        return (XmlFeedMapper.Map(document, response.Url)?.Postings ?? [])
            .Select(draft => draft with
            {
                Organization = draft.Organization ?? (string.IsNullOrEmpty(agency) ? null : agency),
                DatePosted = ApiTimestamps.Date(draft.DatePosted),
                ValidThrough = ApiTimestamps.Date(draft.ValidThrough),
            })
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    /// <summary>The board's own host, so a school district's board is read on schooljobs.com.</summary>
    private static string Host(Uri url) => url.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? url.Host : "www." + url.Host;

    /// <summary>The agency of a board or posting page (<c>/careers/AGENCY/...</c>) or of its feed (<c>?agency=AGENCY</c>).</summary>
    private static string? Agency(Uri url)
    {
        if (!BoardUrls.IsHost(url, BoardHosts))
        {
            return null;
        }

        var segments = BoardUrls.Segments(url);
        if (segments.Length == FeedPath.Length && segments.SequenceEqual(FeedPath, StringComparer.OrdinalIgnoreCase))
        {
            return BoardUrls.Query(url, "agency") is { } agency && BoardUrls.IsToken(agency) ? agency : null;
        }

        return BoardUrls.SegmentAfter(url, ["careers"]);
    }
}
