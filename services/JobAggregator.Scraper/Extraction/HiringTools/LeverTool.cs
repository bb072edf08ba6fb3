using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Lever: boards at <c>jobs.lever.co/TOKEN</c>; the postings API (<c>mode=json</c>) answers a bare array whose
/// titles are <c>text</c>, dates epoch milliseconds and pay a <c>salaryRange</c>.</summary>
internal sealed partial class LeverTool : IHiringTool
{
    private static readonly string[] BoardHosts = ["jobs.lever.co", "jobs.eu.lever.co"];
    private static readonly string[] ApiHosts = ["api.lever.co", "api.eu.lever.co"];

    public string Name => "lever";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["lever.co"];

    public HiringToolBoard? Recognize(Uri url)
    {
        var eu = url.Host.Contains(".eu.", StringComparison.OrdinalIgnoreCase);
        if (BoardUrls.IsHost(url, ApiHosts))
        {
            return BoardUrls.Segments(url) is ["v0", "postings", var token, ..] && BoardUrls.IsToken(token) ? Board(token, eu) : null;
        }

        return BoardUrls.IsHost(url, BoardHosts) && BoardUrls.FirstSegment(url, "search", "v0", "favicon.ico", "robots.txt") is { } first
            ? Board(first, eu)
            : null;
    }

    /// <summary>Lever's own embed script names the account in <c>leverJobsOptions = {accountName: "TOKEN"}</c>.</summary>
    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html)
    {
        if (!page.Text.Contains("leverJobsOptions", StringComparison.Ordinal))
        {
            return null;
        }

        var match = AccountName().Match(page.Text);
        return match.Success ? Board(match.Groups[1].Value, eu: false) : null;
    }

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, BoardHosts) && BoardUrls.Segments(url).Length >= 2;

    public bool IsApiResponse(PageContent page)
    {
        if (page.Format != PageFormat.Json || page.Json() is not { ValueKind: JsonValueKind.Array } root)
        {
            return false;
        }

        if (root.GetArrayLength() == 0)
        {
            return BoardUrls.IsHost(page.Url, ApiHosts);
        }

        var first = root[0];
        return first.ValueKind == JsonValueKind.Object
            && first.TryGetProperty("text", out _)
            && (first.TryGetProperty("hostedUrl", out _) || first.TryGetProperty("categories", out _));
    }

    public Uri? ApiUrl(HiringToolBoard board)
    {
        var host = board.BoardUrl?.Host.Contains(".eu.", StringComparison.OrdinalIgnoreCase) == true ? "api.eu.lever.co" : "api.lever.co";
        return new Uri($"https://{host}/v0/postings/{Uri.EscapeDataString(board.Token)}?mode=json");
    }

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var token = board?.Token ?? Recognize(response.Url)?.Token;
        return JsonFields.Objects(response.Json()).Select(posting => ToDraft(posting, response.Url, token)).ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static PostingDraft ToDraft(JsonElement posting, Uri responseUrl, string? token)
    {
        var categories = JsonFields.Property(posting, "categories");
        var place = JsonFields.String(categories, "location") ?? PlaceText.Several(JsonFields.Strings(categories, "allLocations"));
        var remote = string.Equals(JsonFields.String(posting, "workplaceType"), "remote", StringComparison.OrdinalIgnoreCase);
        var id = JsonFields.String(posting, "id");
        var salary = Salary(JsonFields.Property(posting, "salaryRange"));
        var salaryText = JsonFields.String(posting, "salaryDescriptionPlain");
        return new PostingDraft
        {
            Title = JsonFields.String(posting, "text"),
            Location = PlaceText.WithRemote(place, remote),
            EmploymentType = JsonFields.String(categories, "commitment"),
            Salary = salary,
            SalaryText = salary is null && salaryText?.Any(char.IsAsciiDigit) == true ? salaryText : null,
            DatePosted = ApiTimestamps.FromEpoch(JsonFields.Integer(posting, "createdAt")),
            DescriptionHtml = Description(posting),
            Url = Links.Resolve(responseUrl, JsonFields.String(posting, "hostedUrl"))
                ?? (token is not null && id is not null ? new Uri($"https://jobs.lever.co/{token}/{id}") : null),
            ApplyUrl = Links.Resolve(responseUrl, JsonFields.String(posting, "applyUrl")),
            FoundOn = responseUrl,
        };
    }

    /// <summary>The ad as Lever shows it: the description, then each list under its heading, then the closing text.</summary>
    private static string? Description(JsonElement posting)
    {
        var sections = new List<(string?, string?)> { (null, JsonFields.String(posting, "description")) };
        sections.AddRange(JsonFields.Objects(posting, "lists")
            .Select(list => (JsonFields.String(list, "text"), JsonFields.String(list, "content") is { } items ? $"<ul>{items}</ul>" : null)));
        sections.Add((null, JsonFields.String(posting, "additional")));
        return ApiHtml.Sections(sections);
    }

    /// <summary>salaryRange: interval "per-year-salary", "per-month-salary", "per-hour-wage"...</summary>
    private static ScrapedSalary? Salary(JsonElement? range)
    {
        var min = JsonFields.Number(range, "min");
        var max = JsonFields.Number(range, "max");
        return min is null && max is null
            ? null
            : new ScrapedSalary(min, max, JsonFields.String(range, "currency"), PayRange.Period(JsonFields.String(range, "interval")));
    }

    private static HiringToolBoard Board(string token, bool eu) =>
        new("lever", token, new Uri($"https://{(eu ? "jobs.eu" : "jobs")}.lever.co/{Uri.EscapeDataString(token)}"));

    [GeneratedRegex(@"accountName\s*[:=]\s*[""']([A-Za-z0-9_.-]+)[""']")]
    private static partial Regex AccountName();
}
