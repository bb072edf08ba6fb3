using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction.HiringTools;

/// <summary>iCIMS's classic portals (<c>careers-COMPANY.icims.com</c>, or any other label below <c>icims.com</c>), which
/// have no public JSON. The list their iframe shows (<c>/jobs/search?ss=1&amp;in_iframe=1</c>) is rendered on the server:
/// rows of <c>.iCIMS_JobsTable</c>, each an <c>a.iCIMS_Anchor</c> to <c>/jobs/ID/SLUG/job</c> around the title, with header
/// cells and a <c>dl.iCIMS_JobHeaderGroup</c> giving each field after the portal's own label, in the portal's language;
/// later pages by <c>pr=N</c>. Each posting's own page, on the portal's host, gives its ad in its JobPosting data.</summary>
internal sealed partial class IcimsPortalTool : IHiringTool
{
    private const string Domain = "icims.com";
    private const string JobsTable = "iCIMS_JobsTable";

    public string Name => "icims";

    // The list is an HTML page, trusted no more than any web page.
    public bool ListsThroughApi => false;

    public IReadOnlyList<string> HostDomains { get; } = [Domain];

    /// <summary>The portal of <c>LABEL.icims.com</c>: the customer is the label without iCIMS's own "careers-" prefix.</summary>
    public HiringToolBoard? Recognize(Uri url)
    {
        if (!url.Host.EndsWith("." + Domain, StringComparison.OrdinalIgnoreCase) || url.Host.Split('.') is not [var label, _, _])
        {
            return null;
        }

        var customer = label.StartsWith("careers-", StringComparison.OrdinalIgnoreCase) ? label["careers-".Length..] : label;
        return !BoardUrls.IsReserved(customer) && BoardUrls.IsToken(customer)
            ? new HiringToolBoard(Name, customer, new Uri(BoardUrls.HttpsOrigin(url), "jobs"))
            : null;
    }

    public HiringToolBoard? RecognizeEmbed(PageContent page, IDocument html) => null;

    public bool IsPostingPage(Uri url) => Recognize(url) is not null && IsPostingPath(url);

    public bool IsApiResponse(PageContent page) =>
        page.Format == PageFormat.Html && !IsPostingPath(page.Url) && page.Text.Contains(JobsTable, StringComparison.Ordinal);

    /// <summary>The list as the portal's iframe asks for it: without <c>in_iframe=1</c> the portal answers its branded
    /// frame around an empty list.</summary>
    public Uri? ApiUrl(HiringToolBoard board) => board.BoardUrl is { } url ? new Uri(url, "/jobs/search?ss=1&in_iframe=1") : null;

    public IReadOnlyList<PostingDraft> Map(PageContent response, IDocument? html, HiringToolBoard? board)
    {
        var drafts = new List<PostingDraft>();
        var seen = new HashSet<Uri>();
        if (html is null)
        {
            return drafts;
        }

        foreach (var table in html.GetElementsByClassName(JobsTable))
        {
            foreach (var anchor in table.QuerySelectorAll("a.iCIMS_Anchor[href]"))
            {
                if (Links.Resolve(response.Url, anchor.GetAttribute("href")) is not { } url || !IsPostingPath(url) || !seen.Add(url)
                    || Title(anchor) is not { } title)
                {
                    continue;
                }

                var fields = Fields(Row(anchor, table));
                drafts.Add(new PostingDraft
                {
                    Title = title,
                    Location = PlaceText.Several(Values(fields, FieldKind.Location).SelectMany(v => v.Split('|')).Select(Place)),
                    EmploymentType = Values(fields, FieldKind.EmploymentType).FirstOrDefault(),
                    SalaryText = Values(fields, FieldKind.Salary).FirstOrDefault(),
                    DatePosted = Values(fields, FieldKind.DatePosted).FirstOrDefault(),
                    ValidThrough = Values(fields, FieldKind.ValidThrough).FirstOrDefault(),
                    Url = url,
                    FoundOn = response.Url,
                });
            }
        }

        return drafts;
    }

    /// <summary>The posting's own page on the portal, as its list links it (in its frame): its JobPosting data is the ad.</summary>
    public Uri? DetailApiUrl(PostingDraft listed) => listed.Url is { } url && IsPostingPage(url) ? url : null;

    public PostingDraft? MapDetail(PageContent response)
    {
        if (response.Format != PageFormat.Html)
        {
            return null;
        }

        // The parse is synchronous and kept, so this task is complete.
        var html = response.HtmlAsync(CancellationToken.None).GetAwaiter().GetResult();
        return JsonLdExtractor.Extract(html, response.Url) is [var posting, ..] ? posting : null;
    }

    /// <summary>The list's next page: the page's <c>link rel=next</c>, else the pager's link to the page after this one
    /// (<c>pr</c> counts from 0), asked for as the iframe asks.</summary>
    public Uri? NextPage(PageContent response)
    {
        if (!IsApiResponse(response))
        {
            return null;
        }

        // The parse is synchronous and kept (the list was parsed when it was mapped), so this task is complete.
        var html = response.HtmlAsync(CancellationToken.None).GetAwaiter().GetResult();
        var current = PageNumber(response.Url) ?? 0;
        var next = Links.Resolve(response.Url, html.QuerySelector("link[rel~=next][href]")?.GetAttribute("href"))
            ?? html.QuerySelectorAll("a[href*='pr=']")
                .Select(a => Links.Resolve(response.Url, a.GetAttribute("href")))
                .FirstOrDefault(url => url is not null && PageNumber(url) == current + 1);
        return next is null || PageNumber(next) is not { } number || number <= current ? null : InFrame(next);
    }

    private static bool IsPostingPath(Uri url) => BoardUrls.Segments(url) is ["jobs", var id, ..] && id.All(char.IsAsciiDigit);

    private static int? PageNumber(Uri url) => int.TryParse(BoardUrls.Query(url, "pr"), out var number) && number >= 0 ? number : null;

    private static Uri InFrame(Uri url) =>
        BoardUrls.Query(url, "in_iframe") is not null ? url : new UriBuilder(url) { Query = url.Query.TrimStart('?') + (url.Query.Length > 1 ? "&" : "") + "in_iframe=1" }.Uri;

    /// <summary>The heading inside the link; else the link's text without its screen-reader label; else its tooltip,
    /// "1234 - Title", without the number.</summary>
    private static string? Title(IElement anchor)
    {
        if (anchor.QuerySelector("h1, h2, h3, h4, h5, h6") is { } heading)
        {
            return Text(heading);
        }

        var label = Text(anchor.QuerySelector(".sr-only, .field-label"));
        var text = Text(anchor);
        if (text is not null && label is not null && text.StartsWith(label, StringComparison.Ordinal))
        {
            text = text[label.Length..].Trim();
        }

        return text is { Length: > 0 } ? text : anchor.GetAttribute("title") is { } tooltip ? NumberedTooltip().Replace(tooltip, "").Trim() : null;
    }

    /// <summary>The result the link heads: its nearest ancestor inside the table that is a row or a card.</summary>
    private static IElement Row(IElement anchor, IElement table)
    {
        for (var element = anchor.ParentElement; element is not null && element != table; element = element.ParentElement)
        {
            if (element.ClassList.Contains("row") || element.LocalName == "li" || element.ClassList.Contains("iCIMS_JobCardItem"))
            {
                return element;
            }
        }

        return anchor.ParentElement ?? anchor;
    }

    /// <summary>Each field of the row with its label: a header group's <c>dt</c> and <c>dd</c>, and a header cell's
    /// screen-reader label and the text after it.</summary>
    private static List<(FieldKind Kind, string Value)> Fields(IElement row)
    {
        var fields = new List<(FieldKind, string)>();
        foreach (var tag in row.QuerySelectorAll(".iCIMS_JobHeaderTag"))
        {
            if (tag.QuerySelector("dt") is { } label && tag.QuerySelector("dd") is { } value && Value(value) is { } text)
            {
                fields.Add((FieldLabels.KindOf(Text(label)), text));
            }
        }

        foreach (var cell in row.QuerySelectorAll(".header"))
        {
            if (cell.QuerySelector(".field-label") is { } label && Value(cell, label) is { } text)
            {
                fields.Add((FieldLabels.KindOf(Text(label)), text));
            }
        }

        return fields;
    }

    private static IEnumerable<string> Values(List<(FieldKind Kind, string Value)> fields, FieldKind kind) =>
        fields.Where(f => f.Kind == kind).Select(f => f.Value);

    /// <summary>A value's text after its label; a date's exact time where the portal gives it as a tooltip over a relative
    /// one ("1 week ago", titled "3/2/2026 10:21 AM").</summary>
    private static string? Value(IElement value, IElement? label = null)
    {
        if (value.QuerySelectorAll("[title]").Select(e => e.GetAttribute("title")).FirstOrDefault(t => t is not null && FieldLabels.HasDate(t)) is { } dated)
        {
            return dated.Trim();
        }

        var parts = value.ChildNodes.Where(n => n != label).Select(Text).Where(t => t is { Length: > 0 });
        return string.Join(" ", parts) is { Length: > 0 } text ? text : null;
    }

    /// <summary>iCIMS's place code, "US-MO-Springfield" (country, region, town) or "US-Remote", said as a place is
    /// written; any other text as it is.</summary>
    private static string Place(string code)
    {
        var trimmed = code.Trim();
        return PlaceCode().Match(trimmed) is { Success: true } match
            ? PlaceText.Join(match.Groups["town"].Value, match.Groups["region"].Value, match.Groups["country"].Value)!
            : trimmed;
    }

    private static string? Text(INode? node) => node is null ? null : PlainText.Of(node) is { Length: > 0 } text ? text : null;

    [GeneratedRegex(@"^(?<country>[A-Z]{2})-(?:(?<region>[A-Z0-9]{1,3})-)?(?<town>\p{L}[^|]*)$")]
    private static partial Regex PlaceCode();

    [GeneratedRegex(@"^\s*\d+\s*-\s*")]
    private static partial Regex NumberedTooltip();
}
