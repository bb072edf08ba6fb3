using System.Buffers;
using System.Text.Json;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>BambooHR: careers pages at <c>TOKEN.bamboohr.com/careers</c>, embedded with a <c>#BambooHR</c> div naming
/// <c>data-domain="TOKEN.bamboohr.com"</c> and <c>TOKEN.bamboohr.com/js/embed.js</c>; <c>/careers/list</c> gives titles,
/// places and types but no dates, pay or URLs, so each posting's URL is built as <c>TOKEN.bamboohr.com/careers/{id}</c>.</summary>
internal sealed class BambooHrTool : IHiringTool
{
    private const string Suffix = "bamboohr.com";
    private static readonly string[] BoardPaths = ["careers", "jobs", "js"];

    /// <summary>Searched for in every page: a case-insensitive <c>string.Contains</c> is a character-by-character loop
    /// when globalization is invariant.</summary>
    private static readonly SearchValues<string> EmbedName = SearchValues.Create(["BambooHR"], StringComparison.OrdinalIgnoreCase);

    public string Name => "bamboohr";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    /// <summary>Only the careers paths count: the bare subdomain is the customer's HR login, and www is BambooHR's own site.</summary>
    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is { } token && BoardUrls.Segments(url) is [var first, ..]
            && BoardPaths.Contains(first, StringComparer.OrdinalIgnoreCase)
            ? Board(token)
            : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html)
    {
        // The text test first: a selector query walks the whole document, and almost no page embeds BambooHR.
        if (!page.Text.AsSpan().ContainsAny(EmbedName))
        {
            return null;
        }

        var domain = html.QuerySelector("#BambooHR[data-domain]")?.GetAttribute("data-domain")?.Trim();
        return domain is not null && Uri.TryCreate("https://" + domain, UriKind.Absolute, out var url) && BoardUrls.Subdomain(url, Suffix) is { } token
            ? Board(token)
            : null;
    }

    public bool IsPostingPage(Uri url) =>
        BoardUrls.Subdomain(url, Suffix) is not null && BoardUrls.Segments(url) is ["careers", var id, ..] && id.All(char.IsAsciiDigit);

    public bool IsApiResponse(PageContent page)
    {
        if (page.Format != PageFormat.Json || page.Json() is not { ValueKind: JsonValueKind.Object } root)
        {
            return false;
        }

        return JsonFields.FirstItemHas(root, "result", "jobOpeningName")
            || (root.TryGetProperty("result", out _) && BoardUrls.Subdomain(page.Url, Suffix) is not null
                && page.Url.AbsolutePath.EndsWith("/careers/list", StringComparison.OrdinalIgnoreCase));
    }

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{board.Token}.{Suffix}/careers/list");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var token = board?.Token ?? BoardUrls.Subdomain(response.Url, Suffix);
        return JsonFields.Objects(response.Json(), "result").Select(job => ToDraft(job, response.Url, token)).ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    /// <summary><c>TOKEN.bamboohr.com/careers/{id}/detail</c>, from the posting's URL built by <see cref="ToDraft"/>.</summary>
    public Uri? DetailApiUrl(PostingDraft listed) =>
        listed.Url is { } url && IsPostingPage(url) ? new Uri(url.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/detail") : null;

    /// <summary>The ad, posting date and pay are in <c>result.jobOpening</c>.</summary>
    public PostingDraft? MapDetail(PageContent response)
    {
        if (response.Format != PageFormat.Json
            || JsonFields.Property(JsonFields.Property(response.Json(), "result"), "jobOpening") is not { ValueKind: JsonValueKind.Object } opening)
        {
            return null;
        }

        return new PostingDraft
        {
            DescriptionHtml = JsonFields.String(opening, "description"),
            DatePosted = ApiTimestamps.Date(JsonFields.String(opening, "datePosted")),
            SalaryText = JsonFields.String(opening, "compensation"),
        };
    }

    private static PostingDraft ToDraft(JsonElement job, Uri responseUrl, string? token)
    {
        var location = JsonFields.Property(job, "location");
        var ats = JsonFields.Property(job, "atsLocation");
        var place = PlaceText.Join(JsonFields.String(location, "city"), JsonFields.String(location, "state"))
            ?? PlaceText.Join(JsonFields.String(ats, "city"), JsonFields.String(ats, "state") ?? JsonFields.String(ats, "province"),
                JsonFields.String(ats, "country"));
        // locationType: "0" on site, "1" remote, "2" hybrid.
        var remote = JsonFields.Boolean(job, "isRemote") == true || JsonFields.String(job, "locationType") == "1";
        var id = JsonFields.String(job, "id");
        return new PostingDraft
        {
            Title = JsonFields.String(job, "jobOpeningName"),
            Location = PlaceText.WithRemote(place, remote),
            EmploymentType = JsonFields.String(job, "employmentStatusLabel"),
            Url = token is not null && id is not null ? new Uri($"https://{token}.{Suffix}/careers/{Uri.EscapeDataString(id)}") : null,
            FoundOn = responseUrl,
        };
    }

    private HiringToolBoard Board(string token) => new(Name, token, new Uri($"https://{token}.{Suffix}/careers"));
}
