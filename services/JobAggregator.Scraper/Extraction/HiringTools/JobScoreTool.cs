using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>JobScore: career sites at <c>careers.jobscore.com/careers/COMPANY</c>, read from the company's public feed
/// <c>careers.jobscore.com/jobs/COMPANY/feed.json</c>: <c>company_name</c> and <c>jobs[]</c> with a location line beside
/// city/state/country, <c>remote</c> ("Yes", "No", "Hybrid"), <c>job_type</c>, <c>opened_date</c> (the edit date is
/// <c>last_updated_date</c>), the ad, <c>detail_url</c> (with tracking parameters) and pay in cents
/// (<c>public_salary_minimum/maximum</c>, <c>currency_code</c>, <c>public_compensation_interval</c>).</summary>
internal sealed class JobScoreTool : IHiringTool
{
    private const string Host = "careers.jobscore.com";

    /// <summary>Currencies without a minor unit, whose amounts the feed gives as they are.</summary>
    private static readonly HashSet<string> WholeUnitCurrencies = new(StringComparer.OrdinalIgnoreCase) { "JPY", "KRW", "CLP", "ISK", "VND" };

    public string Name => "jobscore";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["jobscore.com"];

    /// <summary><c>/careers/COMPANY[/jobs/SLUG]</c> (the career site) or <c>/jobs/COMPANY[/feed.json]</c> (feeds and older links).</summary>
    public HiringToolBoard? Recognize(Uri url)
    {
        if (!BoardUrls.IsHost(url, Host))
        {
            return null;
        }

        var company = BoardUrls.SegmentAfter(url, ["careers"]) ?? BoardUrls.SegmentAfter(url, ["jobs"]);
        return company is null ? null : new HiringToolBoard(Name, company.ToLowerInvariant(), new Uri($"https://{Host}/careers/{Uri.EscapeDataString(company.ToLowerInvariant())}"));
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, Host) && BoardUrls.Segments(url) is ["careers", _, "jobs", _, ..];

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "jobs", "detail_url", "opened_date")
            || JsonFields.FirstItemHas(root, "jobs", "url_slug")
            || (BoardUrls.IsHost(page.Url, Host) && root.TryGetProperty("jobs", out _)));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{Host}/jobs/{Uri.EscapeDataString(board.Token)}/feed.json");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var root = response.Json();
        var company = JsonFields.String(root, "company_name");
        var token = board?.Token ?? JsonFields.String(root, "company_code") ?? Recognize(response.Url)?.Token;
        return JsonFields.Objects(root, "jobs")
            .Where(job => JsonFields.String(job, "title") is not null)
            .Select(job => new PostingDraft
            {
                Title = JsonFields.String(job, "title"),
                Organization = company,
                Location = PlaceText.WithRemote(
                    JsonFields.String(job, "location") ?? PlaceText.Join(JsonFields.String(job, "city"), JsonFields.String(job, "state"), JsonFields.String(job, "country")),
                    IsRemote(JsonFields.String(job, "remote"))),
                EmploymentType = JsonFields.String(job, "job_type"),
                Salary = Pay(job),
                DatePosted = ApiTimestamps.Date(JsonFields.String(job, "opened_date")),
                DescriptionHtml = JsonFields.String(job, "description"),
                Url = PostingUrl(response.Url, job, token),
                FoundOn = response.Url,
            })
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    /// <summary>"Yes" or "Yes | ..." is remote; "No" and "Hybrid" are not.</summary>
    private static bool IsRemote(string? remote) =>
        remote is not null && remote.Split('|')[0].Trim().Equals("yes", StringComparison.OrdinalIgnoreCase);

    /// <summary>The detail URL without the feed's tracking query (<c>?ref=rss&amp;sid=68</c>), else the career site's
    /// posting page.</summary>
    private static Uri? PostingUrl(Uri responseUrl, JsonElement job, string? token)
    {
        if (Links.Resolve(responseUrl, JsonFields.String(job, "detail_url")) is { } detail)
        {
            return new Uri(detail.GetLeftPart(UriPartial.Path));
        }

        return token is not null && JsonFields.String(job, "url_slug") is { } slug
            ? new Uri($"https://{Host}/careers/{Uri.EscapeDataString(token)}/jobs/{Uri.EscapeDataString(slug)}")
            : null;
    }

    /// <summary>Pay in the currency's minor unit; a job that hides its pay has no minimum.</summary>
    private static ScrapedSalary? Pay(JsonElement job)
    {
        var currency = JsonFields.String(job, "currency_code");
        var divisor = currency is not null && WholeUnitCurrencies.Contains(currency) ? 1 : 100;
        var min = JsonFields.Number(job, "public_salary_minimum") is > 0 and var low ? low / divisor : (decimal?)null;
        var max = JsonFields.Number(job, "public_salary_maximum") is > 0 and var high ? high / divisor : (decimal?)null;
        return min is null && max is null
            ? null
            : new ScrapedSalary(min, max, currency, PayRange.Period(JsonFields.String(job, "public_compensation_interval")));
    }
}
