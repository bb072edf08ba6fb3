using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Welcome to the Jungle's Welcome Kit: the jobs widget an organisation embeds on its own site
/// (<c>new WelcomeKitEmbed('REFERENCE')</c> after <c>www.welcomekit.co/assets/embed.js</c>) reads the public
/// <c>www.welcomekit.co/api/v1/embed?organization_reference=REFERENCE</c>, which needs no key. The answer names the
/// organisation (<c>name</c>) and lists <c>jobs</c>, each with an <c>office</c> (city, zip code, country in French and
/// English), a <c>contract_type</c> in both languages ("CDI" / "Full-Time"), <c>salary</c> numbers with their period,
/// the ad in <c>description</c> and <c>profile</c>, a <c>created_at</c> written out in words (some answers add an ISO
/// <c>published_at</c>) and the job's pages on the organisation's sites in <c>websites_urls</c>. The reference is
/// case-sensitive.</summary>
internal sealed partial class WelcomeKitTool : IHiringTool
{
    private const string Host = "www.welcomekit.co";

    public string Name => "welcomekit";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = ["welcomekit.co"];

    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.IsHost(url, Host, "welcomekit.co") && BoardUrls.Segments(url) is ["api", "v1", "embed", ..]
            && BoardUrls.Query(url, "organization_reference") is { } reference && BoardUrls.IsToken(reference)
                ? new HiringToolBoard(Name, reference, null)
                : null;

    /// <summary>The widget's reference in the page's script (<c>new WelcomeKitEmbed('J78KpaG')</c>) or in a
    /// <c>data-organization-reference</c> attribute.</summary>
    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html)
    {
        if (page.Text.Contains("WelcomeKitEmbed", StringComparison.Ordinal)
            && html.QuerySelectorAll("script:not([src])").Select(s => EmbedCall().Match(s.TextContent)).FirstOrDefault(m => m.Success) is { } call)
        {
            return new HiringToolBoard(Name, call.Groups["reference"].Value, null);
        }

        return page.Text.Contains("data-organization-reference", StringComparison.Ordinal)
            && html.QuerySelector("[data-organization-reference]")?.GetAttribute("data-organization-reference") is { } reference && BoardUrls.IsToken(reference)
                ? new HiringToolBoard(Name, reference, null)
                : null;
    }

    public bool IsPostingPage(Uri url) => false;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Json && page.Json() is { ValueKind: JsonValueKind.Object } root
        && (JsonFields.FirstItemHas(root, "jobs", "websites_urls")
            || JsonFields.FirstItemHas(root, "jobs", "contract_type", "office")
            || (Recognize(page.Url) is not null && root.TryGetProperty("jobs", out _)));

    public Uri? ApiUrl(HiringToolBoard board) => new($"https://{Host}/api/v1/embed?organization_reference={Uri.EscapeDataString(board.Token)}");

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var root = response.Json();
        var organization = JsonFields.String(root, "name");
        return JsonFields.Objects(root, "jobs")
            .Where(job => JsonFields.String(job, "name") is not null)
            .Select(job =>
            {
                var office = JsonFields.Property(job, "office");
                var url = JsonFields.Objects(job, "websites_urls").Select(u => JsonFields.String(u, "url")).FirstOrDefault(u => u is not null);
                return new PostingDraft
                {
                    Title = JsonFields.String(job, "name")!.Trim(),
                    Organization = organization,
                    Location = PlaceText.Join(JsonFields.String(office, "city"), English(office, "country")),
                    EmploymentType = JsonFields.String(JsonFields.Property(job, "contract_type"), "fr") ?? English(job, "contract_type"),
                    Salary = Pay(JsonFields.Property(job, "salary")),
                    DatePosted = ApiTimestamps.Date(JsonFields.String(job, "published_at")) ?? WrittenDate(English(job, "created_at")),
                    DescriptionHtml = ApiHtml.Sections([(null, JsonFields.String(job, "description")), (null, JsonFields.String(job, "profile"))]),
                    Url = Links.Resolve(response.Url, url),
                    FoundOn = response.Url,
                };
            })
            .ToList();
    }

    public Uri? NextPage(PageContent response) => null;

    /// <summary>A field given as <c>{"fr": ..., "en": ...}</c>, in English (country names the normalizer reads), or
    /// the field itself when it is plain text.</summary>
    private static string? English(JsonElement? node, string name) =>
        JsonFields.Property(node, name) is { ValueKind: JsonValueKind.Object } translated
            ? JsonFields.String(translated, "en") ?? JsonFields.String(translated, "fr")
            : JsonFields.String(node, name);

    /// <summary>"09 November 2015 at 13h26" as 2015-11-09.</summary>
    private static string? WrittenDate(string? text) =>
        text is not null && WrittenDay().Match(text) is { Success: true } day
        && DateTime.TryParseExact(day.Value, ["dd MMMM yyyy", "d MMMM yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    /// <summary>The documented answer gives the amounts as strings ("30000").</summary>
    private static ScrapedSalary? Pay(JsonElement? salary)
    {
        var min = Amount(salary, "salary_min");
        var max = Amount(salary, "salary_max");
        return min is null && max is null
            ? null
            : new ScrapedSalary(min ?? max, max ?? min, JsonFields.String(salary, "salary_currency"), PayRange.Period(JsonFields.String(salary, "salary_period")));
    }

    private static decimal? Amount(JsonElement? salary, string name) => JsonFields.Number(salary, name) is > 0 and var number ? number : null;

    [GeneratedRegex(@"new\s+WelcomeKitEmbed\(\s*['""](?<reference>[A-Za-z0-9_-]{3,40})['""]")]
    private static partial Regex EmbedCall();

    [GeneratedRegex(@"\b\d{1,2} [A-Z][a-z]+ \d{4}\b")]
    private static partial Regex WrittenDay();
}
