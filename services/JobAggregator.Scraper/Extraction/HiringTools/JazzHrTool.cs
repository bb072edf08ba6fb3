using System.Buffers;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>JazzHR: boards at <c>TOKEN.applytojob.com/apply</c>, embedded with the <c>app.jazz.co/widgets/.../TOKEN</c>
/// widget. JazzHR has no public JSON: the board page itself is read (server-rendered, one list item per opening), and
/// each opening's own page carries the full ad as JobPosting JSON-LD, so postings from the board are not complete.</summary>
internal sealed class JazzHrTool : IHiringTool
{
    private const string Suffix = "applytojob.com";
    private static readonly string[] WidgetHosts = ["app.jazz.co", "app.jazzhr.com"];

    /// <summary>Searched for in every page: a case-insensitive <c>string.Contains</c> is a character-by-character loop
    /// when globalization is invariant.</summary>
    private static readonly SearchValues<string> Resumator = SearchValues.Create(["resumator"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> ApplyLink = SearchValues.Create(["." + Suffix + "/apply/"], StringComparison.OrdinalIgnoreCase);
    private static readonly string[] TitleSuffixes = [" - Career Page", " - Careers", " - Jobs", " - Current Openings"];

    public string Name => "jazzhr";

    public bool ListsThroughApi => false;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix, "theresumator.com", "jazz.co", "jazzhr.com"];

    public HiringToolBoard? Recognize(Uri url)
    {
        if ((BoardUrls.Subdomain(url, Suffix) ?? BoardUrls.Subdomain(url, "theresumator.com")) is { } token)
        {
            return Board(token);
        }

        // app.jazz.co/widgets/basic/create/TOKEN
        return BoardUrls.IsHost(url, WidgetHosts) && BoardUrls.Segments(url) is ["widgets", _, "create", var widgetToken, ..]
            && BoardUrls.IsToken(widgetToken)
            ? Board(widgetToken)
            : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is not null && BoardUrls.Segments(url) is ["apply", var id, ..] && !IsBoardSegment(id);

    /// <summary>The board page: on its own host, or a saved copy that still shows JazzHR's markup and posting links.</summary>
    public bool IsApiResponse(PageContent page)
    {
        if (page.Format != PageFormat.Html || IsPostingPage(page.Url))
        {
            return false;
        }

        return BoardUrls.Subdomain(page.Url, Suffix) is not null
            || (page.Text.AsSpan().ContainsAny(Resumator) && page.Text.AsSpan().ContainsAny(ApplyLink));
    }

    public Uri? ApiUrl(HiringToolBoard board) => board.BoardUrl;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        if (html is null)
        {
            return [];
        }

        var organization = Organization(html);
        var drafts = new List<PostingDraft>();
        var seen = new HashSet<Uri>();
        foreach (var anchor in html.QuerySelectorAll("a[href]"))
        {
            var url = Links.Resolve(response.Url, anchor.GetAttribute("href"));
            var title = anchor.TextContent.Trim();
            if (url is null || title.Length == 0 || !IsOpeningLink(url, response.Url) || !seen.Add(url))
            {
                continue;
            }

            drafts.Add(new PostingDraft
            {
                Title = title,
                Organization = organization,
                Location = Location(anchor),
                Url = url,
                FoundOn = response.Url,
            });
        }

        return drafts;
    }

    public Uri? NextPage(PageContent response) => null;

    /// <summary>A link to an opening: <c>/apply/{id}/{slug}</c> on a JazzHR host, not the page itself nor one of its
    /// sections (<c>#apply</c>).</summary>
    private bool IsOpeningLink(Uri url, Uri page) =>
        url.Fragment.Length == 0 && IsPostingPage(url) && BoardUrls.Segments(url) is ["apply", var id, ..] && id != "submit"
        && !url.AbsolutePath.Equals(page.AbsolutePath, StringComparison.Ordinal);

    private static bool IsBoardSegment(string segment) => segment is "jobs" or "submit" or "css" or "js";

    /// <summary>The place beside the map-marker icon in the opening's list item.</summary>
    private static string? Location(IElement anchor)
    {
        var item = anchor.Closest("li.list-group-item, li, tr, article");
        var marker = item?.QuerySelector(".fa-map-marker, .fa-map-marker-alt, [class*='location']");
        var text = (marker?.LocalName == "i" ? marker.ParentElement : marker)?.TextContent.Trim();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>The board's owner as the board states it: its title ("Name - Career Page"), else the logo's alt text.</summary>
    private static string? Organization(IDocument html)
    {
        var title = html.Title?.Trim();
        foreach (var suffix in TitleSuffixes)
        {
            if (title?.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) == true && title.Length > suffix.Length)
            {
                return title[..^suffix.Length].Trim();
            }
        }

        var alt = html.QuerySelector("img.company-logo[alt]")?.GetAttribute("alt")?.Trim();
        return string.IsNullOrEmpty(alt) ? null : alt;
    }

    private HiringToolBoard Board(string token) => new(Name, token, new Uri($"https://{token}.{Suffix}/apply"));
}
