using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Workable: boards at <c>apply.workable.com/TOKEN</c> (older ones at <c>TOKEN.workable.com</c>); read from the
/// widget API, which names the account and gives each job's <c>published_on</c> date. The careers page's own API
/// (<c>api/v3/accounts/TOKEN/jobs</c>, <c>{total, results, nextPage}</c>) is read too when a saved answer of it is given.</summary>
internal sealed partial class WorkableTool : IHiringTool
{
    private const string BoardHost = "apply.workable.com";

    public string Name => "workable";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["workable.com"];

    public HiringToolBoard? Recognize(Uri url)
    {
        // The path is split only for the tool's own hosts: every link of every page is offered to every tool.
        if (BoardUrls.IsHost(url, BoardHost))
        {
            if (BoardUrls.Segments(url) is ["api", "v1" or "v3", .. var rest])
            {
                var account = rest switch
                {
                    ["widget", "accounts", var widgetAccount, ..] => widgetAccount,
                    ["accounts", var plainAccount, ..] => plainAccount,
                    _ => null,
                };
                return BoardUrls.IsToken(account) ? Board(account!) : null;
            }

            // apply.workable.com/j/SHORTCODE is a posting without its account.
            return BoardUrls.FirstSegment(url, "j", "api", "oauth", "search", "favicon.ico", "robots.txt") is { } first ? Board(first) : null;
        }

        if (BoardUrls.IsHost(url, "www.workable.com", "workable.com"))
        {
            return BoardUrls.Segments(url) is ["api", "accounts", var account, ..] && BoardUrls.IsToken(account) ? Board(account) : null;
        }

        return BoardUrls.Subdomain(url, "workable.com") is { } subdomain ? Board(subdomain) : null;
    }

    /// <summary>Workable's embed script: <c>whr_embed(ACCOUNT_ID, {...})</c> names the account by its number.</summary>
    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html)
    {
        var match = WhrEmbed().Match(page.Text);
        return match.Success ? new HiringToolBoard(Name, match.Groups[1].Value, null) : null;
    }

    public bool IsPostingPage(Uri url) =>
        BoardUrls.IsHost(url, BoardHost) && BoardUrls.Segments(url) is ["j", ..] or [_, "j", ..];

    public bool IsApiResponse(PageContent page)
    {
        if (page.Format != PageFormat.Json || page.Json() is not { ValueKind: JsonValueKind.Object } root)
        {
            return false;
        }

        return JsonFields.FirstItemHas(root, "jobs", "shortcode")
            || JsonFields.FirstItemHas(root, "results", "shortcode")
            || (root.TryGetProperty("jobs", out _) && page.Url.AbsolutePath.Contains("/accounts/", StringComparison.OrdinalIgnoreCase)
                && page.Url.Host.EndsWith("workable.com", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The widget API takes the account's slug. An account known only by the number in <c>whr_embed</c> is
    /// reported but not read: no public endpoint is known to take the number.</summary>
    public Uri? ApiUrl(HiringToolBoard board) => board.Token.All(char.IsAsciiDigit)
        ? null
        : new Uri($"https://{BoardHost}/api/v1/widget/accounts/{Uri.EscapeDataString(board.Token)}?details=true");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var root = response.Json();
        var organization = JsonFields.String(root, "name");
        // The careers page's API gives no posting URL; its postings' pages are under the account.
        var account = board?.Token ?? Recognize(response.Url)?.Token;
        return JsonFields.Objects(root, "jobs").Select(job => ToDraft(job, organization, null, response.Url))
            .Concat(JsonFields.Objects(root, "results").Select(job => ToDraft(job, organization, account, response.Url)))
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static PostingDraft ToDraft(JsonElement job, string? organization, string? account, Uri responseUrl)
    {
        var first = JsonFields.Property(job, "location") is { ValueKind: JsonValueKind.Object } location
            ? location
            : JsonFields.Objects(job, "locations").FirstOrDefault();
        var place = first.ValueKind == JsonValueKind.Object
            ? PlaceText.Join(JsonFields.String(first, "city"), JsonFields.String(first, "region"), JsonFields.String(first, "country"))
            : PlaceText.Join(JsonFields.String(job, "city"), JsonFields.String(job, "state"), JsonFields.String(job, "country"));
        var shortcode = JsonFields.String(job, "shortcode");
        return new PostingDraft
        {
            Title = JsonFields.String(job, "title"),
            Organization = organization,
            Location = PlaceText.WithRemote(place, IsRemote(job)),
            EmploymentType = JsonFields.String(job, "employment_type") ?? CareersPageType(JsonFields.String(job, "type")),
            // published_on is when the job went public; created_at is when a recruiter started the draft.
            DatePosted = ApiTimestamps.Date(JsonFields.String(job, "published_on") ?? JsonFields.String(job, "published")),
            DescriptionHtml = JsonFields.String(job, "description"),
            Url = Links.Resolve(responseUrl, JsonFields.String(job, "url") ?? JsonFields.String(job, "shortlink"))
                ?? PostingPage(account, shortcode),
            ApplyUrl = Links.Resolve(responseUrl, JsonFields.String(job, "application_url")),
            FoundOn = responseUrl,
        };
    }

    private static bool IsRemote(JsonElement job) =>
        JsonFields.Boolean(job, "telecommuting") == true || JsonFields.Boolean(job, "remote") == true
        || string.Equals(JsonFields.String(job, "workplace"), "remote", StringComparison.OrdinalIgnoreCase);

    /// <summary>The careers page's API gives the type as a bare word ("full", "part"); the widget API spells it out.</summary>
    private static string? CareersPageType(string? type) => type?.ToLowerInvariant() switch
    {
        "full" => "Full-time",
        "part" => "Part-time",
        _ => type,
    };

    /// <summary>A posting's page, under its account when it is known by its slug.</summary>
    private static Uri? PostingPage(string? account, string? shortcode) => shortcode switch
    {
        null => null,
        _ when account is not null && !account.All(char.IsAsciiDigit) => new Uri($"https://{BoardHost}/{Uri.EscapeDataString(account)}/j/{shortcode}"),
        _ => new Uri($"https://{BoardHost}/j/{shortcode}"),
    };

    private HiringToolBoard Board(string token) => new(Name, token, new Uri($"https://{BoardHost}/{Uri.EscapeDataString(token)}/"));

    [GeneratedRegex(@"whr_embed\(\s*(\d+)")]
    private static partial Regex WhrEmbed();
}
