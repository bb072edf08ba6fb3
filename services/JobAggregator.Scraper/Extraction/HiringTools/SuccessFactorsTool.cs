using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Feeds;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>SAP SuccessFactors Recruiting: career sites at <c>careerN.successfactors.com</c> (or <c>.eu</c>, or
/// <c>careerN.sapsf.com</c>) <c>/career?company=COMPANY-ID</c>, whose public XML feed
/// (<c>…/career?company=ID&amp;career_ns=job_listing_summary&amp;resultType=XML</c>) lists every open requisition in one
/// answer: <c>&lt;Job-Listing&gt;&lt;Job&gt;</c> with <c>JobTitle</c>, <c>ReqId</c>, <c>Posted-Date</c> (MM/DD/YYYY),
/// <c>Job-Description</c> (HTML in CDATA) and the site's facets as <c>filterN</c>/<c>mfieldN</c>
/// (<c>&lt;label&gt;</c>, <c>&lt;value&gt;</c>), which hold the place and the kind of job. A requisition's page is
/// <c>…/career?company=ID&amp;career_job_req_id=REQ-ID&amp;career_ns=job_listing</c>.</summary>
internal sealed partial class SuccessFactorsTool : IHiringTool
{
    private static readonly string[] Domains = ["successfactors.com", "successfactors.eu", "sapsf.com", "sapsf.eu"];

    public string Name => "successfactors";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = Domains;

    public HiringToolBoard? Recognize(Uri url) =>
        IsCareerHost(url) && BoardUrls.Segments(url) is [var path, ..] && path.StartsWith("career", StringComparison.OrdinalIgnoreCase)
        && BoardUrls.Query(url, "company") is { } company && BoardUrls.IsToken(company)
            ? new HiringToolBoard(Name, company, new Uri($"https://{url.Host}/career?company={Uri.EscapeDataString(company)}"))
            : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => Recognize(url) is not null && BoardUrls.Query(url, "career_job_req_id") is not null;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Xml && page.Text.Contains("<Job-Listing", StringComparison.OrdinalIgnoreCase)
        && page.Text.Contains("<JobTitle", StringComparison.OrdinalIgnoreCase);

    public Uri? ApiUrl(HiringToolBoard board) =>
        board.BoardUrl is { } url ? new Uri(url, $"?company={Uri.EscapeDataString(board.Token)}&career_ns=job_listing_summary&resultType=XML") : null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        if (XmlFeedDocument.Parse(response.Text) is not { Root: { } root })
        {
            return [];
        }

        var company = board?.Token ?? BoardUrls.Query(response.Url, "company");
        var jobs = root.DescendantsAndSelf().Where(e => e.Name.LocalName.Equals("Job", StringComparison.OrdinalIgnoreCase)).ToList();
        var dayFirst = jobs.Select(j => Field(j, "Posted-Date")).Any(IsDayFirst);
        return jobs
            .Select(job => ToDraft(job, response.Url, company, dayFirst))
            .Where(d => d.Title is not null)
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    /// <summary>A career site's host (<c>career4.successfactors.com</c>), told without allocating: every URL of every page
    /// is offered to every tool.</summary>
    private static bool IsCareerHost(Uri url)
    {
        var host = url.Host;
        if (!host.StartsWith("career", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var domain in Domains)
        {
            if (host.Length > domain.Length && host[^(domain.Length + 1)] == '.' && host.EndsWith(domain, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static PostingDraft ToDraft(XElement job, Uri feedUrl, string? company, bool dayFirst)
    {
        var facets = Facets(job);
        var place = Field(job, "Location") ?? Facet(facets, "location") ?? PlaceText.Join(Facet(facets, "city"), Facet(facets, "state"), Facet(facets, "country"));
        var remote = (Facet(facets, "flexibility") ?? Facet(facets, "remote")) is { } flexibility && flexibility.Contains("remote", StringComparison.OrdinalIgnoreCase);
        var requisition = Field(job, "ReqId");
        var description = Field(job, "Job-Description");
        return FeedProse.Complete(new PostingDraft
        {
            Title = Field(job, "JobTitle") is { } title ? PlainText.Collapse(WebUtility.HtmlDecode(title)) : null,
            Location = PlaceText.WithRemote(place, remote),
            EmploymentType = Facet(facets, "employment type") ?? Facet(facets, "job type") ?? Facet(facets, "schedule"),
            DatePosted = Date(Field(job, "Posted-Date"), dayFirst),
            DescriptionHtml = description is null ? null : description.Contains('<', StringComparison.Ordinal) ? description : PlainText.AsHtml(description),
            Url = company is null || requisition is null
                ? null
                : new Uri(feedUrl, $"/career?company={Uri.EscapeDataString(company)}&career_job_req_id={Uri.EscapeDataString(requisition)}&career_ns=job_listing"),
            FoundOn = feedUrl,
        });
    }

    /// <summary>A child element's text; a merge token (<c>[[filter3]]</c>) the site's script would have filled is no
    /// text.</summary>
    private static string? Field(XElement job, string name) =>
        job.Elements().FirstOrDefault(e => e.Name.LocalName.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } element
            ? Clean(element.Value)
            : null;

    /// <remarks>Most fields hold no merge token, and a description is long: the pattern is run only where one may be.</remarks>
    private static string? Clean(string text) =>
        PlainText.Collapse(text.Contains("[[", StringComparison.Ordinal) ? MergeToken().Replace(text, " ") : text);

    /// <summary>The site's facets (<c>filterN</c>, <c>mfieldN</c>) by their labels, in document order.</summary>
    private static List<(string Label, string Value)> Facets(XElement job) =>
        job.Elements()
            .Where(e => e.Name.LocalName.StartsWith("filter", StringComparison.OrdinalIgnoreCase) || e.Name.LocalName.StartsWith("mfield", StringComparison.OrdinalIgnoreCase))
            .Select(e => (Label: Field(e, "label"), Value: Field(e, "value")))
            .Where(f => f.Label is not null && f.Value is not null)
            .Select(f => (f.Label!, f.Value!))
            .ToList();

    /// <summary>The first facet whose label names <paramref name="kind"/>; a place facet is not its flexibility
    /// ("Location Flexibility: Hybrid").</summary>
    private static string? Facet(List<(string Label, string Value)> facets, string kind) =>
        facets.FirstOrDefault(f => f.Label.Contains(kind, StringComparison.OrdinalIgnoreCase)
            && (kind == "flexibility" || !f.Label.Contains("flexibility", StringComparison.OrdinalIgnoreCase))).Value;

    /// <summary>The feed writes dates month first; a date whose first part cannot be a month shows a site that writes
    /// them day first, which then holds for every date of the feed.</summary>
    private static bool IsDayFirst(string? date) =>
        date is not null && SlashDate().Match(date) is { Success: true } match && int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) > 12;

    private static string? Date(string? text, bool dayFirst)
    {
        if (text is null || SlashDate().Match(text) is not { Success: true } match)
        {
            return ApiTimestamps.Date(text);
        }

        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var (month, day) = dayFirst ? (second, first) : (first, second);
        return DateOnly.TryParseExact($"{match.Groups[3].Value}-{month:00}-{day:00}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : text;
    }

    [GeneratedRegex(@"\[\[[^\]]*\]\]")]
    private static partial Regex MergeToken();

    [GeneratedRegex(@"^(\d{1,2})/(\d{1,2})/(\d{4})$")]
    private static partial Regex SlashDate();
}
