using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Flatchr (France): a company's career site <c>careers.flatchr.io/[LANG/]company/SLUG/</c> (also
/// <c>SLUG.flatchr.io</c>, and embedded as an iframe of the former with <c>?iframe=true</c>) lists what the public,
/// keyless <c>careers.flatchr.io/company/SLUG.json</c> gives in one answer → <c>{items}</c>. An item is one publication
/// (<c>published</c>, <c>created_at</c>) of a <c>vacancy</c>: <c>slug</c>, <c>title</c>, the ad in three parts
/// (<c>description</c>, <c>mission</c>, <c>profile</c>), <c>contract_type</c> ("CDI", "CDD", "Stage"), <c>partial</c>
/// (part-time), <c>remote</c> ("notime" on site), <c>salary</c>/<c>salary_max</c> with <c>currency</c> and
/// <c>mensuality</c> (y, m, h; a salary of 0 is none), <c>address</c> (<c>locality</c>,
/// <c>administrative_area_level_1</c>, <c>country</c>), <c>apply_url</c> and the employer in <c>company</c>
/// (<c>name</c>, <c>slug</c>). A posting's page is <c>careers.flatchr.io/company/SLUG/vacancy/VACANCYSLUG/</c>.</summary>
internal sealed class FlatchrTool : IHiringTool
{
    private const string Suffix = "flatchr.io";
    private const string CareersHost = "careers." + Suffix;
    private const string ApiExtension = ".json";

    private static readonly Dictionary<string, string> Periods = new(StringComparer.OrdinalIgnoreCase)
    {
        ["y"] = "YEAR",
        ["m"] = "MONTH",
        ["h"] = "HOUR",
    };

    private static readonly string[] AdParts = ["description", "mission", "profile"];

    public string Name => "flatchr";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Suffix];

    /// <summary>The company's slug after <c>company</c> on the careers host (its page, its JSON, a posting's page), or a
    /// company's own subdomain.</summary>
    public HiringToolBoard? Recognize(Uri url)
    {
        var slug = BoardUrls.IsHost(url, CareersHost) ? CompanySegment(url) : BoardUrls.Subdomain(url, Suffix);
        return BoardUrls.IsToken(slug) ? new HiringToolBoard(Name, slug!.ToLowerInvariant(), CareerSite(slug.ToLowerInvariant())) : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) =>
        BoardUrls.IsHost(url, CareersHost) && CompanySegment(url) is not null
        && BoardUrls.Segments(url).SkipWhile(s => !string.Equals(s, "company", StringComparison.OrdinalIgnoreCase))
            .Skip(2).FirstOrDefault() is { } next && string.Equals(next, "vacancy", StringComparison.OrdinalIgnoreCase);

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && ((JsonFields.Objects(root, "items").FirstOrDefault() is { ValueKind: JsonValueKind.Object } first
                && JsonFields.Property(first, "vacancy") is { } vacancy && JsonFields.Property(vacancy, "title") is not null)
            || (BoardUrls.IsHost(page.Url, CareersHost) && page.Url.AbsolutePath.EndsWith(ApiExtension, StringComparison.OrdinalIgnoreCase)
                && root.TryGetProperty("items", out _)));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{CareersHost}/company/{Uri.EscapeDataString(board.Token)}{ApiExtension}");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board) =>
        JsonFields.Objects(response.Json(), "items")
            .Where(item => JsonFields.Boolean(item, "published") is not false)
            .Select(item => (Item: item, Vacancy: JsonFields.Property(item, "vacancy")))
            .Where(x => JsonFields.String(x.Vacancy, "title") is not null)
            .Select(x => Draft(x.Item, x.Vacancy, board?.Token ?? Recognize(response.Url)?.Token, response.Url))
            .ToList();

    /// <summary>One answer holds every publication.</summary>
    public Uri? NextPage(PageContent response) => null;

    private static PostingDraft Draft(JsonElement item, JsonElement? vacancy, string? boardSlug, Uri foundOn)
    {
        var address = JsonFields.Property(vacancy, "address");
        var company = JsonFields.Property(vacancy, "company");
        var slug = JsonFields.String(company, "slug") ?? boardSlug;
        return new PostingDraft
        {
            Title = JsonFields.String(vacancy, "title"),
            Organization = JsonFields.String(company, "name"),
            Location = PlaceText.WithRemote(
                PlaceText.Join(JsonFields.String(address, "locality"), JsonFields.String(address, "administrative_area_level_1"), JsonFields.String(address, "country"))
                    ?? JsonFields.String(address, "formatted_address"),
                IsRemote(JsonFields.Property(vacancy, "remote"))),
            EmploymentType = Contract(vacancy),
            Salary = Pay(vacancy),
            DatePosted = ApiTimestamps.Date(JsonFields.String(item, "publish_date") ?? JsonFields.String(item, "created_at") ?? JsonFields.String(vacancy, "created_at")),
            DescriptionHtml = Ad(vacancy),
            Url = slug is null || JsonFields.String(vacancy, "slug") is not { } vacancySlug
                ? null
                : new Uri($"{CareerSite(slug)}vacancy/{Uri.EscapeDataString(vacancySlug)}/"),
            ApplyUrl = Links.Resolve(foundOn, JsonFields.String(vacancy, "apply_url")),
            FoundOn = foundOn,
        };
    }

    /// <summary>The stated range in the stated period; a salary of 0 is how an ad without pay is written.</summary>
    private static ScrapedSalary? Pay(JsonElement? vacancy)
    {
        if (JsonFields.Number(vacancy, "salary") is not { } min || min <= 0)
        {
            return null;
        }

        var max = JsonFields.Number(vacancy, "salary_max") is { } stated && stated >= min ? stated : min;
        var period = JsonFields.String(vacancy, "mensuality") is { } code && Periods.TryGetValue(code, out var named) ? named : null;
        return new ScrapedSalary(min, max, JsonFields.String(vacancy, "currency")?.ToUpperInvariant(), period);
    }

    /// <summary>The contract as the company names it, with the part-time flag in the same language.</summary>
    private static string? Contract(JsonElement? vacancy)
    {
        var contract = JsonFields.String(vacancy, "contract_type");
        return JsonFields.Boolean(vacancy, "partial") is true ? (contract is null ? "Temps partiel" : $"{contract}, temps partiel") : contract;
    }

    /// <summary>The ad's three parts (about the employer, the mission, the profile sought) in the site's order.</summary>
    private static string? Ad(JsonElement? vacancy)
    {
        var parts = AdParts.Select(p => JsonFields.String(vacancy, p)).OfType<string>().ToList();
        return parts.Count == 0 ? null : string.Join("\n", parts);
    }

    /// <summary><c>remote</c> is a flag in older answers and a word in newer ones, where "notime" means on site and
    /// "partial" some days at home: only a fully remote posting is called remote.</summary>
    private static bool IsRemote(JsonElement? remote) => remote switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.String } s => s.GetString() is { } word
            && (word.Equals("full", StringComparison.OrdinalIgnoreCase) || word.Equals("fulltime", StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    /// <summary>The segment after <c>company</c> (after an optional language segment), without the API's
    /// <c>.json</c>.</summary>
    private static string? CompanySegment(Uri url)
    {
        var segments = BoardUrls.Segments(url);
        var at = segments is ["company", ..] ? 0 : segments is [{ Length: 2 }, "company", ..] ? 1 : -1;
        if (at < 0 || segments.Length < at + 2)
        {
            return null;
        }

        var slug = segments[at + 1];
        return slug.EndsWith(ApiExtension, StringComparison.OrdinalIgnoreCase) ? slug[..^ApiExtension.Length] : slug;
    }

    private static Uri CareerSite(string slug) => new($"https://{CareersHost}/company/{Uri.EscapeDataString(slug)}/");
}
