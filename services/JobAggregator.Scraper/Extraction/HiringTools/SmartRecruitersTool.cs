using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>SmartRecruiters: boards at <c>jobs.smartrecruiters.com/TOKEN</c> or <c>careers.smartrecruiters.com/TOKEN</c>;
/// the postings API pages by <c>offset</c>/<c>limit</c> and gives no public URL, so each posting's is built as
/// <c>jobs.smartrecruiters.com/{company.identifier}/{id}</c>.</summary>
internal sealed partial class SmartRecruitersTool : IHiringTool
{
    private const string ApiHost = "api.smartrecruiters.com";
    private static readonly string[] BoardHosts = ["jobs.smartrecruiters.com", "careers.smartrecruiters.com"];

    /// <summary>Searched for in every page: a case-insensitive <c>string.Contains</c> is a character-by-character loop
    /// when globalization is invariant.</summary>
    private static readonly SearchValues<string> EmbedName = SearchValues.Create(["smartrecruiters"], StringComparison.OrdinalIgnoreCase);

    public string Name => "smartrecruiters";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["smartrecruiters.com"];

    public HiringToolBoard? Recognize(Uri url)
    {
        if (BoardUrls.IsHost(url, ApiHost))
        {
            return BoardUrls.Segments(url) is ["v1", "companies", var company, ..] && BoardUrls.IsToken(company) ? Board(company) : null;
        }

        return BoardUrls.IsHost(url, BoardHosts)
            && BoardUrls.FirstSegment(url, "oneclick-ui", "sr-jobs", "ni", "embed", "widget", "favicon.ico", "robots.txt") is { } first
            ? Board(first)
            : null;
    }

    /// <summary>The job widget script: <c>widget({"company_code": "TOKEN", ...})</c>.</summary>
    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html)
    {
        if (!page.Text.AsSpan().ContainsAny(EmbedName))
        {
            return null;
        }

        var match = CompanyCode().Match(page.Text);
        return match.Success ? Board(match.Groups[1].Value) : null;
    }

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, BoardHosts) && BoardUrls.Segments(url).Length >= 2;

    public bool IsApiResponse(PageContent page)
    {
        if (page.Format != PageFormat.Json || page.Json() is not { ValueKind: JsonValueKind.Object } root)
        {
            return false;
        }

        return JsonFields.FirstItemHas(root, "content", "releasedDate")
            || JsonFields.FirstItemHas(root, "content", "typeOfEmployment")
            || (root.TryGetProperty("content", out _) && root.TryGetProperty("totalFound", out _) && BoardUrls.IsHost(page.Url, ApiHost));
    }

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{ApiHost}/v1/companies/{Uri.EscapeDataString(board.Token)}/postings");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var token = board?.Token ?? Recognize(response.Url)?.Token;
        return JsonFields.Objects(response.Json(), "content").Select(posting => ToDraft(posting, response.Url, token)).ToList();
    }

    /// <summary>The next <c>offset</c> while <c>totalFound</c> says the board holds more than was read.</summary>
    public Uri? NextPage(PageContent response)
    {
        var root = response.Json();
        var offset = JsonFields.Integer(root, "offset") ?? 0;
        var count = JsonFields.Objects(root, "content").Count();
        var total = JsonFields.Integer(root, "totalFound");
        if (count == 0 || total is null || offset + count >= total)
        {
            return null;
        }

        var next = new UriBuilder(response.Url);
        var query = next.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("offset=", StringComparison.OrdinalIgnoreCase))
            .Append("offset=" + (offset + count).ToString(CultureInfo.InvariantCulture));
        next.Query = string.Join('&', query);
        return next.Uri;
    }

    /// <summary><c>api.smartrecruiters.com/v1/companies/{identifier}/postings/{id}</c>, from the posting's URL built by
    /// <see cref="ToDraft"/>.</summary>
    public Uri? DetailApiUrl(PostingDraft listed) =>
        listed.Url is { } url && BoardUrls.IsHost(url, BoardHosts) && BoardUrls.Segments(url) is [var company, var id]
            ? new Uri($"https://{ApiHost}/v1/companies/{Uri.EscapeDataString(company)}/postings/{Uri.EscapeDataString(id)}")
            : null;

    /// <summary>The ad is <c>jobAd.sections</c>: company, job description, qualifications and additional information,
    /// each a title and HTML text.</summary>
    public PostingDraft? MapDetail(PageContent response)
    {
        if (response.Format != PageFormat.Json || response.Json() is not { ValueKind: JsonValueKind.Object } root
            || JsonFields.Property(JsonFields.Property(root, "jobAd"), "sections") is not { ValueKind: JsonValueKind.Object } sections)
        {
            return null;
        }

        var html = string.Concat(sections.EnumerateObject()
            .Select(section => (Title: JsonFields.String(section.Value, "title"), Text: JsonFields.String(section.Value, "text")))
            .Where(section => section.Text is not null)
            .Select(section => section.Title is null ? section.Text : $"<h3>{System.Net.WebUtility.HtmlEncode(section.Title)}</h3>{section.Text}"));
        return new PostingDraft
        {
            DescriptionHtml = html.Length > 0 ? html : null,
            ApplyUrl = Uri.TryCreate(JsonFields.String(root, "applyUrl"), UriKind.Absolute, out var apply) ? apply : null,
        };
    }

    private static PostingDraft ToDraft(JsonElement posting, Uri responseUrl, string? token)
    {
        var location = JsonFields.Property(posting, "location");
        var place = JsonFields.String(location, "fullLocation")
            ?? PlaceText.Join(JsonFields.String(location, "city"), JsonFields.String(location, "region"),
                JsonFields.String(location, "country")?.ToUpperInvariant());
        var company = JsonFields.Property(posting, "company");
        var identifier = JsonFields.String(company, "identifier") ?? token;
        var id = JsonFields.String(posting, "id");
        return new PostingDraft
        {
            Title = JsonFields.String(posting, "name"),
            Organization = JsonFields.String(company, "name"),
            Location = PlaceText.WithRemote(place, JsonFields.Boolean(location, "remote") == true),
            EmploymentType = JsonFields.String(JsonFields.Property(posting, "typeOfEmployment"), "label"),
            SalaryText = PayField(posting),
            DatePosted = ApiTimestamps.Date(JsonFields.String(posting, "releasedDate")),
            Url = identifier is not null && id is not null
                ? new Uri($"https://jobs.smartrecruiters.com/{Uri.EscapeDataString(identifier)}/{Uri.EscapeDataString(id)}")
                : null,
            FoundOn = responseUrl,
        };
    }

    /// <summary>Pay a company states in a custom field of its own ("Rémunération": "28 000 € - 31 000 € brut annuel",
    /// "Salary range", "Gehalt"): the list has no pay field.</summary>
    private static string? PayField(JsonElement posting) => JsonFields.Objects(posting, "customField")
        .Where(field => FieldLabels.KindOf(JsonFields.String(field, "fieldLabel")) == FieldKind.Salary)
        .Select(field => JsonFields.String(field, "valueLabel"))
        .FirstOrDefault(value => value is not null && FieldLabels.HasMoney(value));

    private HiringToolBoard Board(string token) => new(Name, token, new Uri($"https://jobs.smartrecruiters.com/{Uri.EscapeDataString(token)}"));

    [GeneratedRegex(@"[""']?company_code[""']?\s*:\s*[""']([A-Za-z0-9_.-]+)[""']")]
    private static partial Regex CompanyCode();
}
