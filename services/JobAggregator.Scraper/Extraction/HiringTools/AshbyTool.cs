using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Ashby: boards at <c>jobs.ashbyhq.com/TOKEN</c> (embedded with <c>jobs.ashbyhq.com/TOKEN/embed</c>); the
/// posting API with <c>includeCompensation=true</c> gives pay as <c>compensation.summaryComponents</c>.</summary>
internal sealed class AshbyTool : IHiringTool
{
    private const string BoardHost = "jobs.ashbyhq.com";
    private const string ApiHost = "api.ashbyhq.com";

    public string Name => "ashby";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["ashbyhq.com"];

    public HiringToolBoard? Recognize(Uri url)
    {
        if (BoardUrls.IsHost(url, ApiHost))
        {
            return BoardUrls.Segments(url) is ["posting-api", "job-board", var token, ..] && BoardUrls.IsToken(token) ? Board(token) : null;
        }

        return BoardUrls.IsHost(url, BoardHost) && BoardUrls.FirstSegment(url, "api", "embed", "favicon.ico", "robots.txt") is { } first
            ? Board(first)
            : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        BoardUrls.IsHost(url, BoardHost) && BoardUrls.Segments(url) is [_, var second, ..] && second != "embed";

    public bool IsApiResponse(PageContent page)
    {
        if (page.Format != PageFormat.Json || page.Json() is not { ValueKind: JsonValueKind.Object } root)
        {
            return false;
        }

        return JsonFields.FirstItemHas(root, "jobs", "jobUrl")
            || JsonFields.FirstItemHas(root, "jobs", "publishedAt", "employmentType")
            || (root.TryGetProperty("jobs", out _) && (root.TryGetProperty("apiVersion", out _) || BoardUrls.IsHost(page.Url, ApiHost)));
    }

    public Uri? ApiUrl(HiringToolBoard board) =>
        new($"https://{ApiHost}/posting-api/job-board/{Uri.EscapeDataString(board.Token)}?includeCompensation=true");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var token = board?.Token ?? Recognize(response.Url)?.Token;
        return JsonFields.Objects(response.Json(), "jobs")
            .Where(job => JsonFields.Boolean(job, "isListed") != false)
            .Select(job => ToDraft(job, response.Url, token))
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static PostingDraft ToDraft(JsonElement job, Uri responseUrl, string? token)
    {
        var address = JsonFields.Path(job, "address", "postalAddress");
        var place = JsonFields.String(job, "location")
            ?? PlaceText.Join(JsonFields.String(address, "addressLocality"), JsonFields.String(address, "addressRegion"), JsonFields.String(address, "addressCountry"));
        var remote = JsonFields.Boolean(job, "isRemote") == true
            || string.Equals(JsonFields.String(job, "workplaceType"), "Remote", StringComparison.OrdinalIgnoreCase);
        var (salary, salaryText) = Compensation(job);
        var id = JsonFields.String(job, "id");
        return new PostingDraft
        {
            Title = JsonFields.String(job, "title"),
            Location = PlaceText.WithRemote(place, remote),
            EmploymentType = EmploymentText.FromCode(JsonFields.String(job, "employmentType")),
            Salary = salary,
            SalaryText = salaryText,
            DatePosted = ApiTimestamps.Date(JsonFields.String(job, "publishedAt")),
            DescriptionHtml = JsonFields.String(job, "descriptionHtml"),
            Url = Links.Resolve(responseUrl, JsonFields.String(job, "jobUrl"))
                ?? (token is not null && id is not null ? new Uri($"https://{BoardHost}/{token}/{id}") : null),
            ApplyUrl = Links.Resolve(responseUrl, JsonFields.String(job, "applyUrl")),
            FoundOn = responseUrl,
        };
    }

    /// <summary>The salary component of the summary ("1 YEAR", "1 HOUR" intervals); the summary text when it has no
    /// numbers; nothing when the organisation hides pay from its postings.</summary>
    private static (ScrapedSalary? Salary, string? Text) Compensation(JsonElement job)
    {
        if (JsonFields.Boolean(job, "shouldDisplayCompensationOnJobPostings") == false)
        {
            return (null, null);
        }

        var compensation = JsonFields.Property(job, "compensation");
        var components = JsonFields.Objects(compensation, "summaryComponents").ToList();
        var pay = components.FirstOrDefault(c => string.Equals(JsonFields.String(c, "compensationType"), "Salary", StringComparison.OrdinalIgnoreCase)
                && (JsonFields.Number(c, "minValue") is not null || JsonFields.Number(c, "maxValue") is not null));
        if (pay.ValueKind == JsonValueKind.Object)
        {
            return (new ScrapedSalary(JsonFields.Number(pay, "minValue"), JsonFields.Number(pay, "maxValue"),
                JsonFields.String(pay, "currencyCode"), PayRange.Period(JsonFields.String(pay, "interval"))), null);
        }

        var summary = JsonFields.String(compensation, "scrapeableCompensationSalarySummary")
            ?? JsonFields.String(compensation, "compensationTierSummary")
            ?? JsonFields.String(job, "compensationTierSummary");
        return (null, summary);
    }

    private static HiringToolBoard Board(string token) => new("ashby", token, new Uri($"https://{BoardHost}/{Uri.EscapeDataString(token)}"));
}
