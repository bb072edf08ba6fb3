using System.Xml;
using System.Xml.Linq;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Personio: job pages at <c>TOKEN.jobs.personio.de</c> (or <c>.com</c>), read from the <c>/xml</c> feed:
/// <c>workzag-jobs/position</c>. The feed has no URLs; each posting's is built as <c>{host}/job/{id}</c>.</summary>
internal sealed class PersonioTool : IHiringTool
{
    private static readonly string[] Suffixes = ["jobs.personio.de", "jobs.personio.com"];

    public string Name => "personio";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = Suffixes;

    public HiringToolBoard? Recognize(Uri url)
    {
        foreach (var suffix in Suffixes)
        {
            if (BoardUrls.Subdomain(url, suffix) is { } token)
            {
                return new HiringToolBoard(Name, token, new Uri($"https://{token}.{suffix}/"));
            }
        }

        return null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => Recognize(url) is not null && BoardUrls.Segments(url) is ["job", _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Xml && page.Text.Contains("<workzag-jobs", StringComparison.Ordinal) && Positions(page) is not null;

    public Uri? ApiUrl(HiringToolBoard board) => new(BoardUrls.Origin(board.BoardUrl ?? new Uri($"https://{board.Token}.jobs.personio.de/")), "xml");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var origin = (board ?? Recognize(response.Url))?.BoardUrl is { } boardUrl ? BoardUrls.Origin(boardUrl) : null;
        return (Positions(response) ?? []).Select(position => ToDraft(position, response.Url, origin)).ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static List<XElement>? Positions(PageContent page)
    {
        try
        {
            var root = XDocument.Parse(page.Text.TrimStart('\uFEFF')).Root;
            return root?.Name.LocalName == "workzag-jobs" ? root.Elements().Where(e => e.Name.LocalName == "position").ToList() : null;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static PostingDraft ToDraft(XElement position, Uri responseUrl, Uri? origin)
    {
        var id = Value(position, "id");
        var offices = new[] { Value(position, "office") }
            .Concat(position.Elements("additionalOffices").Elements().Select(e => Clean(e.Value)));
        var sections = position.Element("jobDescriptions")?.Elements("jobDescription")
            .Select(d => (Value(d, "name"), Value(d, "value"))) ?? [];
        return new PostingDraft
        {
            Title = Value(position, "name"),
            Organization = Value(position, "subcompany"),
            Location = PlaceText.Several(offices),
            EmploymentType = EmploymentType(Value(position, "employmentType"), Value(position, "schedule")),
            DatePosted = ApiTimestamps.Date(Value(position, "createdAt")),
            DescriptionHtml = ApiHtml.Sections(sections),
            Url = origin is not null && id is not null ? new Uri(origin, $"job/{Uri.EscapeDataString(id)}") : null,
            FoundOn = responseUrl,
        };
    }

    /// <summary>The contract kind ("permanent", "intern", "trainee", "freelance", "temporary", "working_student") with the
    /// hours ("full-time", "part-time", "full-or-part-time"), as words.</summary>
    private static string? EmploymentType(string? kind, string? schedule)
    {
        var kindText = kind?.ToLowerInvariant() switch
        {
            null or "permanent" => null,
            "intern" or "trainee" => "Internship",
            "working_student" => "Working student",
            var other => EmploymentText.FromCode(other),
        };
        var hours = schedule?.ToLowerInvariant() switch
        {
            null => null,
            // Either hours: says nothing a contract kind beside it does not.
            "full-or-part-time" => kindText is null ? "Full-time or part-time" : null,
            var other => EmploymentText.FromCode(other),
        };
        var parts = new[] { kindText, hours }.OfType<string>().Distinct().ToList();
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string? Value(XElement parent, string name) => Clean(parent.Element(name)?.Value);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
