using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>RemoteOK-style job-board APIs: a JSON array of jobs with <c>position</c>, <c>company</c>, <c>date</c>,
/// <c>salary_min</c>/<c>salary_max</c> in US dollars a year (0 when unstated), <c>tags</c> and an HTML
/// <c>description</c>; the first element may be the board's legal notice. Every job on such a board is remote.</summary>
internal sealed class RemoteOkTool : IHiringTool
{
    public string Name => "remoteok";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [];

    public HiringToolBoard? Recognize(Uri url) => null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => false;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Array } root
        && JsonFields.Objects(root).Take(2).Any(job => job.TryGetProperty("position", out _) && job.TryGetProperty("company", out _));

    public Uri? ApiUrl(HiringToolBoard board) => null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json())
            .Where(job => JsonFields.String(job, "position") is not null)
            .Select(job => new PostingDraft
            {
                Title = JsonFields.String(job, "position"),
                Organization = JsonFields.String(job, "company"),
                Location = PlaceText.WithRemote(JsonFields.String(job, "location"), remote: true),
                EmploymentType = JsonFields.Strings(job, "tags").Select(EmploymentText.FromTag).FirstOrDefault(t => t is not null),
                Salary = Salary(job),
                DatePosted = ApiTimestamps.Date(JsonFields.String(job, "date")) ?? ApiTimestamps.FromEpoch(JsonFields.Integer(job, "epoch")),
                DescriptionHtml = ApiHtml.DecodedOnce(JsonFields.String(job, "description")),
                Url = Links.Resolve(response.Url, JsonFields.String(job, "url")),
                ApplyUrl = Links.Resolve(response.Url, JsonFields.String(job, "apply_url")),
                FoundOn = response.Url,
            })
            .ToList();

    public Uri? NextPage(PageContent response) => null;

    private static ScrapedSalary? Salary(JsonElement job)
    {
        var min = JsonFields.Number(job, "salary_min") is > 0 and var low ? low : (decimal?)null;
        var max = JsonFields.Number(job, "salary_max") is > 0 and var high ? high : (decimal?)null;
        return min is null && max is null ? null : new ScrapedSalary(min, max, "USD", "YEAR");
    }
}
