using System.Text.Json;
using AngleSharp.Dom;
using JobAggregator.Contracts;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>JOIN (join.com): a company's page <c>join.com/companies/SLUG</c> is a Next.js page whose
/// <c>__NEXT_DATA__</c> holds, under <c>props.pageProps.initialState</c>, the <c>company</c> (<c>id</c>, <c>name</c>,
/// <c>domain</c> = the slug) and the first page of its <c>jobs</c> (<c>items</c>, <c>pagination</c>). Further pages
/// come from the public <c>join.com/api/public/companies/{id}/jobs?page=N&amp;pageSize=5</c> (larger pages are
/// refused) → <c>{items, pagination: {rowCount, pageCount, page, pageSize}}</c>. An item has <c>id</c>,
/// <c>idParam</c> (<c>ID-title-words</c>), <c>title</c>, <c>city</c> (<c>cityName</c>, <c>countryName</c>),
/// <c>country</c> (<c>iso3166</c>, <c>name</c>), <c>employmentType.name</c>, <c>workplaceType</c> (ONSITE, HYBRID,
/// REMOTE), <c>createdAt</c> and, when entered, <c>salaryAmountFrom</c>/<c>salaryAmountTo</c> (<c>amount</c> in
/// minor units, <c>currency</c>) with <c>salaryFrequency</c>. A posting's page is <c>join.com/companies/SLUG/IDPARAM</c>,
/// whose JobPosting data holds the ad.</summary>
internal sealed class JoinTool : IHiringTool
{
    private const string Host = "join.com";
    private const string NextDataMarker = "__NEXT_DATA__";
    private const string CompanyPageRoute = "/companies/[companySlug]";
    private const int ApiPageSize = 5;

    /// <summary>ISO 4217 currencies without a minor unit, whose amounts JOIN gives whole.</summary>
    private static readonly HashSet<string> WholeCurrencies = new(StringComparer.OrdinalIgnoreCase) { "JPY", "KRW", "CLP", "ISK", "VND", "HUF" };

    public string Name => "join";

    public bool ListsThroughApi => true;

    public IReadOnlyList<string> HostDomains { get; } = [Host];

    /// <summary>The company's slug in <c>/companies/SLUG</c> (its page, or a posting's below it).</summary>
    public HiringToolBoard? Recognize(Uri url) =>
        BoardUrls.IsHost(url, Host, "www." + Host) && BoardUrls.Segments(url) is ["companies", var slug, ..] && BoardUrls.IsToken(slug)
            ? new HiringToolBoard(Name, slug.ToLowerInvariant(), CompanyPage(slug.ToLowerInvariant()))
            : null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    /// <summary><c>/companies/SLUG/IDPARAM</c>, whose first word is the posting's number.</summary>
    public bool IsPostingPage(Uri url) =>
        Recognize(url) is not null && BoardUrls.Segments(url) is ["companies", _, var posting] && posting.Length > 0 && char.IsAsciiDigit(posting[0]);

    public bool IsApiResponse(PageContent page) => page.Format switch
    {
        PageFormat.Html => !IsPostingPage(page.Url) && CompanyState(page) is { } state && JsonFields.Path(state, "company", "id") is not null,
        PageFormat.Json => page.Json() is { ValueKind: JsonValueKind.Object } root
            && (JsonFields.FirstItemHas(root, "items", "idParam", "title")
                || (CompanyIdInApiPath(page.Url) is not null && root.TryGetProperty("items", out _))),
        _ => false,
    };

    /// <summary>The company's page: its script data holds the company's number and the first page of its jobs.</summary>
    public Uri? ApiUrl(HiringToolBoard board) => board.BoardUrl;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        if (response.Format == PageFormat.Html)
        {
            var state = CompanyState(response);
            var company = JsonFields.Property(state, "company");
            var slug = JsonFields.String(company, "domain") ?? board?.Token;
            return Drafts(JsonFields.Path(state, "jobs"), slug, JsonFields.String(company, "name"), response.Url);
        }

        return Drafts(response.Json(), board?.Token ?? Recognize(response.Url)?.Token, null, response.Url);
    }

    /// <summary>The API's next page while the pagination says more follow; from the company's page, the API's page 2.</summary>
    public Uri? NextPage(PageContent response)
    {
        JsonElement? listing;
        string? companyId;
        if (response.Format == PageFormat.Html)
        {
            var state = CompanyState(response);
            listing = JsonFields.Property(state, "jobs");
            companyId = JsonFields.String(JsonFields.Property(state, "company"), "id");
        }
        else
        {
            listing = response.Json();
            companyId = CompanyIdInApiPath(response.Url) ?? JsonFields.Objects(listing, "items").Select(i => JsonFields.String(i, "companyId")).FirstOrDefault(id => id is not null);
        }

        var pagination = JsonFields.Property(listing, "pagination");
        var page = JsonFields.Integer(pagination, "page") ?? 1;
        var pageCount = JsonFields.Integer(pagination, "pageCount") ?? 0;
        var pageSize = JsonFields.Integer(pagination, "pageSize") is > 0 and <= ApiPageSize and var size ? size : ApiPageSize;
        return page < pageCount && companyId is not null && BoardUrls.IsToken(companyId)
            ? new Uri($"https://{Host}/api/public/companies/{companyId}/jobs?page={page + 1}&pageSize={pageSize}")
            : null;
    }

    private static Uri CompanyPage(string slug) => new($"https://{Host}/companies/{Uri.EscapeDataString(slug)}");

    private static List<PostingDraft> Drafts(JsonElement? listing, string? slug, string? organization, Uri foundOn) =>
        JsonFields.Objects(listing, "items")
            .Where(job => JsonFields.String(job, "title") is not null)
            .Select(job => new PostingDraft
            {
                Title = JsonFields.String(job, "title"),
                Organization = organization,
                Location = PlaceText.WithRemote(
                    PlaceText.Join(JsonFields.Text(JsonFields.Path(job, "city", "cityName")),
                        JsonFields.Text(JsonFields.Path(job, "city", "countryName")) ?? JsonFields.Text(JsonFields.Path(job, "country", "name"))),
                    string.Equals(JsonFields.String(job, "workplaceType"), "REMOTE", StringComparison.OrdinalIgnoreCase)),
                EmploymentType = JsonFields.Text(JsonFields.Path(job, "employmentType", "name")) ?? JsonFields.String(job, "employmentType"),
                Salary = Pay(job),
                DatePosted = ApiTimestamps.Date(JsonFields.String(job, "createdAt")),
                Url = slug is null || (JsonFields.String(job, "idParam") ?? JsonFields.String(job, "id")) is not { } posting
                    ? null
                    : new Uri($"{CompanyPage(slug)}/{Uri.EscapeDataString(posting)}"),
                FoundOn = foundOn,
            })
            .ToList();

    /// <summary>The entered range, in whole units; none where the employer keeps it off the ad
    /// (<c>settings.showSalary: false</c>), though the answer still carries it.</summary>
    private static ScrapedSalary? Pay(JsonElement job)
    {
        var from = JsonFields.Property(job, "salaryAmountFrom");
        var to = JsonFields.Property(job, "salaryAmountTo");
        if (JsonFields.Boolean(JsonFields.Property(job, "settings"), "showSalary") is false
            || (JsonFields.Number(from, "amount") ?? JsonFields.Number(to, "amount")) is not { } first)
        {
            return null;
        }

        var currency = JsonFields.String(from, "currency") ?? JsonFields.String(to, "currency");
        var divisor = currency is not null && WholeCurrencies.Contains(currency) ? 1 : 100;
        var max = JsonFields.Number(to, "amount") ?? first;
        return new ScrapedSalary(first / divisor, max / divisor, currency?.ToUpperInvariant(), PayRange.Period(JsonFields.String(job, "salaryFrequency")));
    }

    /// <summary><c>props.pageProps.initialState</c> of a company's page (its Next.js route is
    /// <c>/companies/[companySlug]</c>), else null.</summary>
    private static JsonElement? CompanyState(PageContent page)
    {
        var text = page.Text;
        if (!text.Contains(CompanyPageRoute, StringComparison.Ordinal) || NextData(text) is not { } data
            || JsonFields.String(data, "page") is not { } route || !route.StartsWith(CompanyPageRoute, StringComparison.Ordinal)
            || route.StartsWith(CompanyPageRoute + "/[", StringComparison.Ordinal))
        {
            return null;
        }

        return JsonFields.Path(data, "props", "pageProps", "initialState");
    }

    /// <summary>The JSON in <c>&lt;script id="__NEXT_DATA__" type="application/json"&gt;</c>.</summary>
    private static JsonElement? NextData(string text)
    {
        var marker = text.IndexOf(NextDataMarker, StringComparison.Ordinal);
        var start = marker < 0 ? -1 : text.IndexOf('>', marker);
        var end = start < 0 ? -1 : text.IndexOf("</script", start, StringComparison.OrdinalIgnoreCase);
        if (end < 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(text.AsMemory(start + 1, end - start - 1));
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The company's number in <c>/api/public/companies/{id}/jobs</c>.</summary>
    private static string? CompanyIdInApiPath(Uri url) =>
        BoardUrls.IsHost(url, Host, "www." + Host) && BoardUrls.Segments(url) is ["api", "public", "companies", var id, "jobs"]
            && id.All(char.IsAsciiDigit)
            ? id
            : null;
}
