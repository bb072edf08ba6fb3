using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Torre-style search results: <c>{"total", "size", "results": [...]}</c>, each opportunity with its title as
/// <c>objective</c>, <c>organizations[].name</c>, <c>locations</c>, a <c>remote</c> flag, a <c>type</c>
/// ("full-time-employment"), <c>compensation.data</c> (currency, min/max amount, periodicity), <c>created</c> and
/// <c>deadline</c>; a posting's page is <c>torre.ai/post/{id}</c>. The search is a POST: only saved results are read.</summary>
internal sealed class TorreTool : IHiringTool
{
    public string Name => "torre";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [];

    public HiringToolBoard? Recognize(Uri url) => null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => false;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && JsonFields.FirstItemHas(root, "results", "objective")
        && (JsonFields.FirstItemHas(root, "results", "organizations") || JsonFields.FirstItemHas(root, "results", "compensation"));

    public Uri? ApiUrl(HiringToolBoard board) => null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json(), "results")
            .Where(result => JsonFields.String(result, "objective") is not null)
            .Select(result => new PostingDraft
            {
                Title = JsonFields.String(result, "objective"),
                Organization = JsonFields.Objects(result, "organizations").Select(o => JsonFields.String(o, "name")).FirstOrDefault(n => n is not null),
                Location = PlaceText.WithRemote(PlaceText.Several(JsonFields.Strings(result, "locations")), JsonFields.Boolean(result, "remote") == true),
                EmploymentType = EmploymentType(JsonFields.String(result, "type")),
                Salary = Salary(JsonFields.Path(result, "compensation")),
                DatePosted = ApiTimestamps.Date(JsonFields.String(result, "created")),
                ValidThrough = ApiTimestamps.Date(JsonFields.String(result, "deadline")),
                Url = JsonFields.String(result, "id") is { } id ? new Uri($"https://torre.ai/post/{Uri.EscapeDataString(id)}") : null,
                FoundOn = response.Url,
            })
            .ToList();

    public Uri? NextPage(PageContent response) => null;

    /// <summary>"full-time-employment", "part-time-employment", "freelance-gigs", "internships" as words.</summary>
    private static string? EmploymentType(string? type) => type?.ToLowerInvariant() switch
    {
        null => null,
        var t when t.StartsWith("full-time", StringComparison.Ordinal) => "Full-time",
        var t when t.StartsWith("part-time", StringComparison.Ordinal) => "Part-time",
        var t when t.StartsWith("freelance", StringComparison.Ordinal) => "Freelance",
        var t when t.StartsWith("intern", StringComparison.Ordinal) => "Internship",
        _ => EmploymentText.FromCode(type),
    };

    /// <summary>The stated pay, unless the opportunity hides it (<c>visible: false</c>).</summary>
    private static ScrapedSalary? Salary(JsonElement? compensation)
    {
        if (JsonFields.Boolean(compensation, "visible") == false || JsonFields.Property(compensation, "data") is not { } data)
        {
            return null;
        }

        var min = JsonFields.Number(data, "minAmount") is > 0 and var low ? low : (decimal?)null;
        var max = JsonFields.Number(data, "maxAmount") is > 0 and var high ? high : (decimal?)null;
        var currency = JsonFields.String(data, "currency") is { } code ? new string(code.Where(char.IsAsciiLetter).ToArray()).ToUpperInvariant() : null;
        return min is null && max is null ? null : new ScrapedSalary(min, max, currency, PayRange.Period(JsonFields.String(data, "periodicity")));
    }
}
