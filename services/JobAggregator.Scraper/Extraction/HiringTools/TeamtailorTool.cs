using System.Buffers;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Teamtailor: career sites at <c>TOKEN.teamtailor.com</c> or on the organisation's own domain (served from
/// teamtailor-cdn.com). Its JSON:API needs a customer's key, so a board is read from the career site's public
/// <c>/jobs.rss</c> feed (locations in the <c>https://teamtailor.com/locations</c> namespace); a JSON:API response
/// given as a page is read too.</summary>
internal sealed class TeamtailorTool : IHiringTool
{
    private const string Suffix = "teamtailor.com";
    private const string CdnSuffix = "teamtailor-cdn.com";
    private const string RssNamespace = "https://teamtailor.com/locations";

    /// <summary>Searched for in every page: a case-insensitive <c>string.Contains</c> is a character-by-character loop
    /// when globalization is invariant.</summary>
    private static readonly SearchValues<string> Cdn = SearchValues.Create([CdnSuffix], StringComparison.OrdinalIgnoreCase);

    public string Name => "teamtailor";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    /// <summary>Any career-site host under teamtailor.com (<c>acme.teamtailor.com</c>, <c>acme.career.teamtailor.com</c>,
    /// <c>acme.na.teamtailor.com</c>); the token is the first label.</summary>
    public HiringToolBoard? Recognize(Uri url)
    {
        if (!url.Host.EndsWith("." + Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = url.Host.Split('.')[0];
        return BoardUrls.IsReserved(token) ? null : new HiringToolBoard(Name, token, BoardUrls.Origin(url));
    }

    /// <summary>A career site on the organisation's own domain loads its assets from teamtailor-cdn.com.</summary>
    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html)
    {
        if (page.Url.Host.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        // Most pages never name the CDN: no need to resolve each of their script, link and image URLs to find that out.
        if (!page.Url.Host.EndsWith(CdnSuffix, StringComparison.OrdinalIgnoreCase) && !page.Text.AsSpan().ContainsAny(Cdn))
        {
            return null;
        }

        var servedByTeamtailor = html.QuerySelectorAll("script[src], link[href], img[src]")
            .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href"))
            .Select(href => Links.Resolve(page.Url, href))
            .Any(u => u is not null && u.Host.EndsWith(CdnSuffix, StringComparison.OrdinalIgnoreCase));
        return servedByTeamtailor ? new HiringToolBoard(Name, page.Url.Host, BoardUrls.Origin(page.Url)) : null;
    }

    public bool IsPostingPage(Uri url) => Recognize(url) is not null && BoardUrls.Segments(url) is ["jobs", var slug, ..] && slug != "jobs.rss";

    public bool IsApiResponse(PageContent page) => page.Format switch
    {
        PageFormat.Json => IsJsonApiJobs(page),
        PageFormat.Xml => page.Text.Contains(RssNamespace, StringComparison.Ordinal) && Items(page) is not null,
        _ => false,
    };

    public Uri? ApiUrl(HiringToolBoard board) => board.BoardUrl is { } url ? new Uri(BoardUrls.Origin(url), "jobs.rss") : null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        response.Format == PageFormat.Xml ? MapRss(response) : MapJsonApi(response);

    public Uri? NextPage(PageContent response) => null;

    /// <summary>JSON:API jobs: <c>data[]</c> of objects with <c>attributes</c> and a <c>careersite-job-url</c> link.</summary>
    private static bool IsJsonApiJobs(PageContent page)
    {
        if (page.Json() is not { ValueKind: JsonValueKind.Object } root)
        {
            return false;
        }

        if (JsonFields.Objects(root, "data").FirstOrDefault() is { ValueKind: JsonValueKind.Object } first)
        {
            var attributes = JsonFields.Property(first, "attributes");
            return JsonFields.Property(JsonFields.Property(first, "links"), "careersite-job-url") is not null
                || (JsonFields.Property(attributes, "title") is not null && JsonFields.Property(attributes, "body") is not null);
        }

        return root.TryGetProperty("data", out _) && BoardUrls.IsHost(page.Url, "api.teamtailor.com");
    }

    private static List<PostingDraft> MapJsonApi(PageContent response)
    {
        var root = response.Json();
        var included = JsonFields.Objects(root, "included")
            .Where(i => JsonFields.String(i, "type") is not null && JsonFields.String(i, "id") is not null)
            .GroupBy(i => (JsonFields.String(i, "type")!, JsonFields.String(i, "id")!))
            .ToDictionary(g => g.Key, g => g.First());
        return JsonFields.Objects(root, "data").Select(job => ToDraft(job, included, response.Url)).ToList();
    }

    private static PostingDraft ToDraft(JsonElement job, Dictionary<(string, string), JsonElement> included, Uri responseUrl)
    {
        var attributes = JsonFields.Property(job, "attributes");
        var links = JsonFields.Property(job, "links");
        var places = JsonFields.Objects(JsonFields.Path(job, "relationships", "locations", "data"))
            .Select(r => included.TryGetValue((JsonFields.String(r, "type") ?? "", JsonFields.String(r, "id") ?? ""), out var l) ? l : (JsonElement?)null)
            .OfType<JsonElement>()
            .Select(l => JsonFields.Property(l, "attributes"))
            .Select(a => PlaceText.Join(JsonFields.String(a, "city") ?? JsonFields.String(a, "name"), JsonFields.String(a, "country")));
        return new PostingDraft
        {
            Title = JsonFields.String(attributes, "title"),
            Location = PlaceText.WithRemote(PlaceText.Several(places), IsRemote(JsonFields.String(attributes, "remote-status"))),
            EmploymentType = EmploymentText.FromCode(JsonFields.String(attributes, "employment-type")),
            Salary = Salary(attributes),
            DatePosted = ApiTimestamps.Date(JsonFields.String(attributes, "created-at")),
            ValidThrough = ApiTimestamps.Date(JsonFields.String(attributes, "end-date")),
            DescriptionHtml = JsonFields.String(attributes, "body"),
            Url = Links.Resolve(responseUrl, JsonFields.String(links, "careersite-job-url")),
            ApplyUrl = Links.Resolve(responseUrl, JsonFields.String(links, "careersite-job-apply-url")),
            FoundOn = responseUrl,
        };
    }

    private static ScrapedSalary? Salary(JsonElement? attributes)
    {
        var min = JsonFields.Number(attributes, "min-salary");
        var max = JsonFields.Number(attributes, "max-salary");
        return min is null && max is null
            ? null
            : new ScrapedSalary(min, max, JsonFields.String(attributes, "currency"), PayRange.Period(JsonFields.String(attributes, "salary-time-unit")));
    }

    /// <summary>remote-status / remoteStatus: "none", "hybrid", "temporary", "fully" ("fully-remote").</summary>
    private static bool IsRemote(string? status) =>
        status is not null && (status.StartsWith("fully", StringComparison.OrdinalIgnoreCase) || status.Equals("remote", StringComparison.OrdinalIgnoreCase));

    private static List<PostingDraft> MapRss(PageContent response) =>
        (Items(response) ?? []).Select(item => ToDraft(item, response.Url)).ToList();

    private static PostingDraft ToDraft(XElement item, Uri responseUrl)
    {
        XNamespace tt = RssNamespace;
        var places = item.Element(tt + "locations")?.Elements(tt + "location")
            .Select(l => PlaceText.Join(Value(l, tt + "city") ?? Value(l, tt + "name"), Value(l, tt + "country"))) ?? [];
        return new PostingDraft
        {
            Title = Value(item, "title"),
            Location = PlaceText.WithRemote(PlaceText.Several(places), IsRemote(Value(item, "remoteStatus") ?? Value(item, tt + "remoteStatus"))),
            DatePosted = ApiTimestamps.Date(Value(item, "pubDate")),
            // The feed escapes the ad's markup once; the XML reader has already undone that.
            DescriptionHtml = Value(item, "description"),
            Url = Links.Resolve(responseUrl, Value(item, "link")),
            FoundOn = responseUrl,
        };
    }

    private static List<XElement>? Items(PageContent page)
    {
        try
        {
            var root = XDocument.Parse(page.Text.TrimStart('\uFEFF')).Root;
            return root?.Name.LocalName == "rss" ? root.Elements("channel").Elements("item").ToList() : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string? Value(XElement parent, XName name) =>
        parent.Element(name)?.Value is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
