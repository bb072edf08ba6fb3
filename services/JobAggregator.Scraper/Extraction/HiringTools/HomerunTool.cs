using System.Xml.Linq;
using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Feeds;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Homerun: career pages at <c>SLUG.homerun.co</c>, rendered in script, read from the company's public Atom
/// feed <c>feed.homerun.co/SLUG</c>. Its title and each entry's author name the employer; an entry adds
/// <c>department</c>, <c>location</c> and <c>type</c> elements (each with a <c>name</c>) and <c>salary_indication</c>
/// to Atom's, has the ad in <c>description</c>, and only an edit date (<c>updated</c>), which is no publication date.</summary>
internal sealed class HomerunTool : IHiringTool
{
    private const string Suffix = "homerun.co";
    private const string FeedHost = "feed.homerun.co";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Homerun's own subdomains beside the reserved ones every tool keeps.</summary>
    private static readonly string[] OwnSubdomains = ["feed", "admin", "cdn", "static"];

    private static readonly string[] NamedFields = ["location", "type", "department"];

    public string Name => "homerun";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    public HiringToolBoard? Recognize(Uri url)
    {
        var slug = BoardUrls.IsHost(url, FeedHost)
            ? BoardUrls.FirstSegment(url)
            : BoardUrls.Subdomain(url, Suffix) is { } sub && !OwnSubdomains.Contains(sub, StringComparer.OrdinalIgnoreCase) ? sub : null;
        return slug is null ? null : new HiringToolBoard(Name, slug.ToLowerInvariant(), new Uri($"https://{slug.ToLowerInvariant()}.{Suffix}/"));
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => !BoardUrls.IsHost(url, FeedHost) && Recognize(url) is not null && BoardUrls.Segments(url).Length > 0;

    /// <summary>The feed's URL, or an Atom feed whose entries carry Homerun's named <c>location</c>, <c>type</c> or
    /// <c>department</c>, which plain Atom has not.</summary>
    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Xml
        && page.Text.Contains("<feed", StringComparison.Ordinal)
        && Feed(page) is { } feed
        && (BoardUrls.IsHost(page.Url, FeedHost)
            || feed.Elements(Atom + "entry").Any(e => NamedFields.Any(n => e.Element(Atom + n)?.Element(Atom + "name") is not null)));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{FeedHost}/{Uri.EscapeDataString(board.Token)}");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        if (Feed(response) is not { } feed)
        {
            return [];
        }

        var employer = Value(feed, "title");
        return feed.Elements(Atom + "entry")
            .Where(entry => Value(entry, "title") is not null)
            .Select(entry => new PostingDraft
            {
                Title = Value(entry, "title"),
                Organization = Value(entry.Element(Atom + "author"), "name") ?? employer,
                Location = Value(entry.Element(Atom + "location"), "name"),
                EmploymentType = Value(entry.Element(Atom + "type"), "name"),
                SalaryText = Value(entry, "salary_indication"),
                DescriptionHtml = Value(entry, "description") ?? Value(entry, "content") ?? Value(entry, "summary"),
                Url = Links.Resolve(response.Url, (entry.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")
                    ?? entry.Element(Atom + "link"))?.Attribute("href")?.Value),
                FoundOn = response.Url,
            })
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static XElement? Feed(PageContent page) =>
        XmlFeedDocument.Parse(page.Text)?.Root is { } root && root.Name == Atom + "feed" ? root : null;

    private static string? Value(XElement? parent, string name) =>
        parent?.Element(Atom + name)?.Value is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
}
