using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>Phenom: career sites on the organisation's own domain render search results from
/// <c>phApp.ddo = {...}</c> (<c>eagerLoadRefineSearch.data.jobs</c>). A job's URL is the server-rendered job link with
/// its <c>jobSeqNo</c>, else Phenom's pattern <c>{baseUrl}job/{jobId}/{Title-Slug}</c>. The list holds teasers only.</summary>
internal sealed partial class PhenomTool : IHiringTool
{
    public string Name => "phenom";

    public bool ListsThroughApi => false;

    public IReadOnlyList<string> HostDomains { get; } = [];

    public HiringToolBoard? Recognize(Uri url) => null;

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => false;

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Html && page.Text.Contains("phApp.ddo", StringComparison.Ordinal) && Search(page) is not null;

    public Uri? ApiUrl(HiringToolBoard board) => null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        if (Search(response) is not { } search)
        {
            return [];
        }

        var organization = JsonFields.String(JsonFields.Path(search.Ddo, "siteConfig", "data"), "companyName");
        var baseUrl = BaseUrl(response);
        return JsonFields.Objects(JsonFields.Path(search.Results, "data", "jobs"))
            .Select(job => ToDraft(job, organization, baseUrl, html, response.Url))
            .ToList();
    }

    /// <summary>The next search page (<c>from</c>) while <c>totalHits</c> says there are more jobs than were shown.</summary>
    public Uri? NextPage(PageContent response)
    {
        if (Search(response) is not { } search)
        {
            return null;
        }

        var shown = JsonFields.Objects(JsonFields.Path(search.Results, "data", "jobs")).Count();
        var total = JsonFields.Integer(search.Results, "totalHits");
        var from = long.TryParse(BoardUrls.Query(response.Url, "from"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var f) ? f : 0;
        if (shown == 0 || total is null || from + shown >= total)
        {
            return null;
        }

        var next = new UriBuilder(response.Url);
        var query = next.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("from=", StringComparison.OrdinalIgnoreCase) && !p.StartsWith("s=", StringComparison.OrdinalIgnoreCase))
            .Append("from=" + (from + shown).ToString(CultureInfo.InvariantCulture))
            .Append("s=1");
        next.Query = string.Join('&', query);
        return next.Uri;
    }

    private static (JsonElement Ddo, JsonElement Results)? Search(PageContent page)
    {
        foreach (var ddo in ScriptJson.Assigned(page.Text, "phApp.ddo"))
        {
            var results = JsonFields.Property(ddo, "eagerLoadRefineSearch") ?? JsonFields.Property(ddo, "refineSearch");
            if (JsonFields.Path(results, "data", "jobs") is { ValueKind: JsonValueKind.Array })
            {
                return (ddo, results!.Value);
            }
        }

        return null;
    }

    private static PostingDraft ToDraft(JsonElement job, string? organization, Uri? baseUrl, IDocument? html, Uri responseUrl)
    {
        var title = JsonFields.String(job, "title");
        var place = JsonFields.String(job, "location") ?? JsonFields.String(job, "cityStateCountry")
            ?? PlaceText.Join(JsonFields.String(job, "city"), JsonFields.String(job, "state"), JsonFields.String(job, "country"));
        return new PostingDraft
        {
            Title = title,
            Organization = organization,
            Location = place,
            EmploymentType = JsonFields.String(job, "type"),
            DatePosted = ApiTimestamps.Date(JsonFields.String(job, "postedDate")),
            Url = JobLink(job, html, responseUrl) ?? BuiltUrl(baseUrl, JsonFields.String(job, "jobId"), title),
            ApplyUrl = Links.Resolve(responseUrl, JsonFields.String(job, "applyUrl")),
            FoundOn = responseUrl,
        };
    }

    /// <summary>The server-rendered link to the job: by its jobSeqNo, else by its id in a <c>/job/{id}/</c> path.</summary>
    private static Uri? JobLink(JsonElement job, IDocument? html, Uri responseUrl)
    {
        if (html is null)
        {
            return null;
        }

        var seqNo = JsonFields.String(job, "jobSeqNo");
        var bySeqNo = seqNo is null
            ? null
            : html.QuerySelectorAll("a[href][data-ph-at-job-seqno-text]")
                .FirstOrDefault(a => string.Equals(a.GetAttribute("data-ph-at-job-seqno-text"), seqNo, StringComparison.Ordinal));
        if (bySeqNo is not null)
        {
            return Links.Resolve(responseUrl, bySeqNo.GetAttribute("href"));
        }

        var jobId = JsonFields.String(job, "jobId");
        return jobId is null
            ? null
            : html.QuerySelectorAll("a[href]")
                .Select(a => Links.Resolve(responseUrl, a.GetAttribute("href")))
                .FirstOrDefault(u => u is not null && u.AbsolutePath.Contains($"/job/{jobId}/", StringComparison.OrdinalIgnoreCase));
    }

    private static Uri? BuiltUrl(Uri? baseUrl, string? jobId, string? title)
    {
        if (baseUrl is null || jobId is null)
        {
            return null;
        }

        var slug = title is null ? "" : NonWord().Replace(title, "-").Trim('-');
        return new Uri(baseUrl, $"job/{Uri.EscapeDataString(jobId)}/{slug}");
    }

    /// <summary>phApp.baseUrl ("https://careers.example.org/us/en/"), else the page's first two path segments.</summary>
    private static Uri? BaseUrl(PageContent page)
    {
        var match = BaseUrlField().Match(page.Text);
        if (match.Success && Uri.TryCreate(match.Groups[1].Value.Replace("\\/", "/", StringComparison.Ordinal), UriKind.Absolute, out var declared))
        {
            return declared.AbsoluteUri.EndsWith('/') ? declared : new Uri(declared.AbsoluteUri + "/");
        }

        var segments = BoardUrls.Segments(page.Url);
        return segments.Length >= 2 ? new Uri(BoardUrls.Origin(page.Url), $"{segments[0]}/{segments[1]}/") : null;
    }

    [GeneratedRegex(@"""baseUrl""\s*:\s*""([^""]+)""")]
    private static partial Regex BaseUrlField();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
