using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>ADP Workforce Now: career centers at <c>workforcenow.adp.com/mascsr/default/mdf/recruitment/recruitment.html?cid=CID</c>,
/// read from the public staffing API (<c>.../careercenter/public/events/staffing/v1/job-requisitions?cid=CID</c>):
/// <c>jobRequisitions</c> with <c>requisitionTitle</c>, <c>requisitionLocations</c>, <c>postDate</c>,
/// <c>workLevelCode</c> and a <c>payGradeRange</c>. A posting's page is the career center with <c>&amp;jobId=</c>.</summary>
internal sealed class AdpWorkforceNowTool : IHiringTool
{
    private const string Host = "workforcenow.adp.com";

    public string Name => "adp";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["adp.com"];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.IsHost(url, Host) && BoardUrls.Query(url, "cid") is { } cid && BoardUrls.IsToken(cid)
            ? new HiringToolBoard(Name, cid, new Uri($"https://{Host}/mascsr/default/mdf/recruitment/recruitment.html?cid={Uri.EscapeDataString(cid)}"))
            : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => BoardUrls.IsHost(url, Host) && BoardUrls.Query(url, "jobId") is not null;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "jobRequisitions", "requisitionTitle")
            || (root.TryGetProperty("jobRequisitions", out _) && BoardUrls.IsHost(page.Url, Host)));

    public Uri? ApiUrl(HiringToolBoard board) =>
        new($"https://{Host}/mascsr/default/careercenter/public/events/staffing/v1/job-requisitions?cid={Uri.EscapeDataString(board.Token)}&lang=en_US&locale=en_US");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var cid = board?.Token ?? BoardUrls.Query(response.Url, "cid");
        return JsonFields.Objects(response.Json(), "jobRequisitions")
            .Where(job => JsonFields.String(job, "requisitionTitle") is not null)
            .Select(job =>
            {
                var locations = JsonFields.Objects(job, "requisitionLocations").ToList();
                var primary = locations.FirstOrDefault(l => JsonFields.Boolean(l, "primaryIndicator") == true);
                var location = primary.ValueKind == JsonValueKind.Object ? primary : locations.FirstOrDefault();
                var address = JsonFields.Property(location, "address");
                var id = JsonFields.String(job, "itemID");
                return new PostingDraft
                {
                    Title = JsonFields.String(job, "requisitionTitle"),
                    Organization = JsonFields.String(job, "companyName"),
                    Location = PlaceText.Join(JsonFields.String(address, "cityName"),
                            JsonFields.String(JsonFields.Property(address, "countrySubdivisionLevel1"), "codeValue"), JsonFields.String(address, "countryCode"))
                        ?? JsonFields.String(JsonFields.Property(location, "nameCode"), "shortName"),
                    EmploymentType = JsonFields.String(JsonFields.Property(job, "workLevelCode"), "shortName"),
                    Salary = Pay(JsonFields.Property(job, "payGradeRange")),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(job, "postDate")),
                    Url = id is null || cid is null
                        ? null
                        : new Uri($"https://{Host}/mascsr/default/mdf/recruitment/recruitment.html?cid={Uri.EscapeDataString(cid)}&jobId={Uri.EscapeDataString(id)}"),
                    FoundOn = response.Url,
                };
            })
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    private static ScrapedSalary? Pay(JsonElement? range)
    {
        var min = JsonFields.Property(range, "minimumRate");
        var max = JsonFields.Property(range, "maximumRate");
        var low = JsonFields.Number(min, "amountValue");
        var high = JsonFields.Number(max, "amountValue");
        return low is null && high is null
            ? null
            : new ScrapedSalary(low, high, JsonFields.String(min, "currencyCode") ?? JsonFields.String(max, "currencyCode"),
                PayRange.Period(JsonFields.String(JsonFields.Property(min ?? max, "unitCode"), "shortName")));
    }
}
