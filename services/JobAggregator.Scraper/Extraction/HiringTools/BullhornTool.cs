using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Bullhorn: the public job search its Open Source Career Portal reads, with the agency's corporation token
/// and no login: <c>public-restNN.bullhornstaffing.com/rest-services/TOKEN/search/JobOrder?query=(isOpen:1) AND
/// (isDeleted:0)&amp;fields=...&amp;start=0&amp;count=N</c> → <c>{total, start, count, data: [...]}</c>. A job order has
/// its <c>id</c>, <c>title</c>, <c>address</c> (city, state, countryName), <c>employmentType</c> as the agency words it,
/// <c>salary</c> with its <c>salaryUnit</c>, <c>onSite</c>, <c>dateLastPublished</c> in epoch milliseconds and the ad
/// in <c>publicDescription</c>. The portal is on the agency's own site and its pages are routes of a script app, so a
/// posting's URL is its job order's public record on the same host (<c>entity/JobOrder/ID</c>). No field names the
/// employer, which is the source's.</summary>
internal sealed class BullhornTool : IHiringTool
{
    private const string Domain = "bullhornstaffing.com";
    private const string HostPrefix = "public-rest";
    private const string Search = "search/JobOrder";
    private const int PageSize = 100;
    private const string Fields = "id,title,publishedCategory(id,name),address(city,state,countryName),employmentType,dateLastPublished,publicDescription,isOpen,isPublic,isDeleted,publishedZip,salary,salaryUnit,onSite";

    public string Name => "bullhorn";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Domain];

    /// <summary>The corporation token after <c>rest-services</c>; the board keeps the host, whose number is the agency's
    /// data centre.</summary>
    public HiringToolBoard? Recognize(Uri url)
    {
        if (!url.Host.EndsWith("." + Domain, StringComparison.OrdinalIgnoreCase)
            || !url.Host.StartsWith(HostPrefix, StringComparison.OrdinalIgnoreCase)
            || BoardUrls.SegmentAfter(url, ["rest-services"]) is not { } token || token.Equals("login", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new HiringToolBoard(Name, token, new Uri($"https://{url.Host.ToLowerInvariant()}/rest-services/{Uri.EscapeDataString(token)}/"));
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => false;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "data", "title", "publicDescription")
            || JsonFields.FirstItemHas(root, "data", "title", "dateLastPublished")
            || (page.Url.AbsolutePath.EndsWith("/" + Search, StringComparison.OrdinalIgnoreCase) && root.TryGetProperty("data", out _)));

    public Uri? ApiUrl(HiringToolBoard board) => Page(board.BoardUrl ?? new Uri($"https://{HostPrefix}.{Domain}/rest-services/{Uri.EscapeDataString(board.Token)}/"), 0);

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var portal = Recognize(response.Url)?.BoardUrl ?? board?.BoardUrl;
        return JsonFields.Objects(response.Json(), "data")
            .Where(job => JsonFields.String(job, "title") is not null)
            .Select(job =>
            {
                var address = JsonFields.Property(job, "address");
                var place = PlaceText.Join(JsonFields.String(address, "city"), JsonFields.String(address, "state"), JsonFields.String(address, "countryName"));
                return new PostingDraft
                {
                    Title = JsonFields.String(job, "title"),
                    Location = PlaceText.WithRemote(place, JsonFields.String(job, "onSite") is { } onSite && onSite.Contains("remote", StringComparison.OrdinalIgnoreCase)),
                    EmploymentType = JsonFields.String(job, "employmentType"),
                    Salary = Pay(job),
                    DatePosted = ApiTimestamps.FromEpoch(JsonFields.Integer(job, "dateLastPublished")),
                    DescriptionHtml = JsonFields.String(job, "publicDescription"),
                    Url = portal is not null && JsonFields.String(job, "id") is { } id
                        ? new Uri(portal, $"entity/JobOrder/{Uri.EscapeDataString(id)}")
                        : null,
                    FoundOn = response.Url,
                };
            })
            .ToList();
    }

    /// <summary>The next <c>start</c> while the answer's <c>total</c> says more job orders follow.</summary>
    public Uri? NextPage(PageContent response)
    {
        var root = response.Json();
        var start = JsonFields.Integer(root, "start") ?? 0;
        var count = JsonFields.Integer(root, "count") ?? 0;
        var total = JsonFields.Integer(root, "total") ?? 0;
        return count > 0 && start + count < total && Recognize(response.Url) is { BoardUrl: { } portal } ? Page(portal, start + count) : null;
    }

    private static Uri Page(Uri root, long start) =>
        new(root, $"{Search}?query=(isOpen:1)%20AND%20(isDeleted:0)&fields={Fields}&count={PageSize}&start={start}&sort=-dateLastPublished");

    /// <summary>One stated figure ("salary": 52000, "salaryUnit": "Per Year"); zero is the field left empty.</summary>
    private static ScrapedSalary? Pay(JsonElement job) =>
        JsonFields.Number(job, "salary") is > 0 and var amount
            ? new ScrapedSalary(amount, amount, null, PayRange.Period(JsonFields.String(job, "salaryUnit")))
            : null;
}
