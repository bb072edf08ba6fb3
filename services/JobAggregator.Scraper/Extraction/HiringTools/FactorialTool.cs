using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Factorial: career sites at <c>COMPANY.factorialhr.com</c>, server-rendered pages with no public JSON (the
/// REST API needs OAuth). The site's root lists every open posting as an <c>li</c> with
/// <c>data-controller='job-postings'</c> whose data attributes give the posting's page
/// (<c>data-job-postings-url</c>, <c>/job_posting/SLUG-ID</c>), <c>data-is-remote</c>, <c>data-location-id</c> and
/// <c>data-contract-type</c>; the place's name is in the <c>#location_filter</c> select (by that id) and heads the
/// office group the item sits in. The title is the item's bold line. Dates and the ad are on the posting's page.</summary>
internal sealed class FactorialTool : IHiringTool
{
    private const string Suffix = "factorialhr.com";
    private const string PostingItems = "[data-controller~='job-postings'][data-job-postings-url]";

    public string Name => "factorial";

    // The list is an HTML page, trusted no more than any web page.
    public bool ListsThroughApi => false;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is { } company && BoardUrls.IsToken(company)
            ? new HiringToolBoard(Name, company.ToLowerInvariant(), new Uri($"https://{company.ToLowerInvariant()}.{Suffix}/"))
            : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    /// <summary><c>/job_posting/SLUG-ID</c>: one posting's page (<c>/apply/…</c> is its form).</summary>
    public bool IsPostingPage(Uri url) => Recognize(url) is not null && BoardUrls.Segments(url) is ["job_posting" or "apply", _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Html && !IsPostingPage(page.Url)
        && page.Text.Contains("data-job-postings-url", StringComparison.Ordinal) && page.Text.Contains("job-postings", StringComparison.Ordinal);

    public Uri? ApiUrl(HiringToolBoard board) => board.BoardUrl;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        if (html is null)
        {
            return [];
        }

        var drafts = new List<PostingDraft>();
        var seen = new HashSet<Uri>();
        var offices = LocationOptions(html);
        foreach (var item in html.QuerySelectorAll(PostingItems))
        {
            if (Links.Resolve(response.Url, item.GetAttribute("data-job-postings-url")) is not { } url || !seen.Add(url)
                || Text(item.QuerySelector(".font-bold, .font-semibold, strong, b, h3, h4") ?? item.QuerySelector("a")) is not { } title)
            {
                continue;
            }

            drafts.Add(new PostingDraft
            {
                Title = title,
                Location = PlaceText.WithRemote(Place(offices, item), string.Equals(item.GetAttribute("data-is-remote"), "true", StringComparison.OrdinalIgnoreCase)),
                EmploymentType = EmploymentText.FromCode(item.GetAttribute("data-contract-type")),
                Url = url,
                FoundOn = response.Url,
            });
        }

        return drafts;
    }

    public Uri? NextPage(PageContent response) => null;

    /// <summary>The office's name: the location filter's option for the item's location id, else the heading of the
    /// office group the item is listed under.</summary>
    private static string? Place(Dictionary<string, IElement> offices, IElement item)
    {
        var id = item.GetAttribute("data-location-id");
        var option = string.IsNullOrEmpty(id) ? null : offices.GetValueOrDefault(id);
        return Text(option) ?? Text(item.Closest("[data-target='job-filters.officeGroup']")?.QuerySelector("h2, h3, h4"));
    }

    /// <summary>The location filter's options by their value, a location id (the first option of each), looked up once
    /// per page rather than once per posting.</summary>
    private static Dictionary<string, IElement> LocationOptions(IDocument html)
    {
        var offices = new Dictionary<string, IElement>(StringComparer.Ordinal);
        foreach (var option in html.QuerySelectorAll("#location_filter option"))
        {
            if (option.GetAttribute("value") is { } value)
            {
                offices.TryAdd(value, option);
            }
        }

        return offices;
    }

    private static string? Text(IElement? element) =>
        element is null ? null : Heuristics.PlainText.Of(element) is { Length: > 0 } text ? text : null;
}
