using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Extraction;

/// <summary>Reads postings with the CSS selectors a source configures.</summary>
internal static partial class CssExtractor
{
    public const string StrategyName = "css";

    /// <summary>One draft per item element of a listing page.</summary>
    public static IReadOnlyList<PostingDraft> ExtractListing(IDocument page, Uri pageUrl, SelectorSet selectors)
    {
        var compiled = new CompiledSelectors(selectors);
        var items = compiled.Item is null ? [page.DocumentElement] : page.QuerySelectorAll(compiled.Item).ToList();
        var drafts = new List<PostingDraft>();
        foreach (var item in items)
        {
            var draft = ExtractFrom(item, pageUrl, compiled);
            if (!string.IsNullOrWhiteSpace(draft.Title))
            {
                drafts.Add(draft);
            }
        }

        return drafts;
    }

    /// <summary>The fields a detail page shows, read from the whole document.</summary>
    public static PostingDraft ExtractDetail(IDocument page, Uri pageUrl, SelectorSet selectors) =>
        ExtractFrom(page.DocumentElement, pageUrl, new CompiledSelectors(selectors));

    public static Uri? NextPage(IDocument page, Uri pageUrl, SelectorSet selectors)
    {
        var next = FieldSelector.Parse(selectors.NextPage);
        var href = next?.Attribute is null ? next?.Element(page)?.GetAttribute("href") : next.Text(page);
        return Links.Resolve(pageUrl, href);
    }

    private static PostingDraft ExtractFrom(IElement scope, Uri pageUrl, CompiledSelectors selectors)
    {
        var title = Clean(selectors.Title?.Text(scope));
        var organization = Clean(selectors.Organization?.Text(scope));
        if (selectors.OrganizationFromTitle && title is not null)
        {
            (title, var fromTitle) = SplitTitleAndOrganization(title);
            organization ??= fromTitle;
        }

        return new PostingDraft
        {
            Title = title,
            Organization = organization,
            Location = Clean(selectors.Location?.Text(scope)),
            EmploymentType = Clean(selectors.EmploymentType?.Text(scope)),
            SalaryText = Clean(selectors.Salary?.Text(scope)),
            DatePosted = Clean(selectors.DatePosted?.Text(scope)),
            ValidThrough = Clean(selectors.ValidThrough?.Text(scope)),
            DescriptionHtml = NullIfBlank(selectors.Description?.Html(scope)),
            Url = Links.Resolve(pageUrl, LinkHref(scope, selectors)),
            ApplyUrl = Links.Resolve(pageUrl, Href(scope, selectors.ApplyUrl)),
            FoundOn = pageUrl,
        };
    }

    private static string? LinkHref(IElement scope, CompiledSelectors selectors)
    {
        if (selectors.Link is not null)
        {
            return Href(scope, selectors.Link);
        }

        // Without a link selector the title's own anchor is the posting's link.
        var titleElement = selectors.Title?.Element(scope);
        var anchor = titleElement?.LocalName == "a" ? titleElement : titleElement?.QuerySelector("a[href]");
        return anchor?.GetAttribute("href");
    }

    private static string? Href(IElement scope, FieldSelector? selector)
    {
        if (selector is null)
        {
            return null;
        }

        if (selector.Attribute is not null)
        {
            return selector.Text(scope);
        }

        var element = selector.Element(scope);
        return element?.GetAttribute("href") ?? element?.QuerySelector("a[href]")?.GetAttribute("href");
    }

    /// <summary>"Title – Organization" split at the last spaced dash, because titles contain dashes too
    /// ("Assistant Public Defender 2 – Wrongful Conviction Project – Office of the Ohio Public Defender").</summary>
    internal static (string Title, string? Organization) SplitTitleAndOrganization(string headline)
    {
        var matches = SpacedDash().Matches(headline);
        if (matches.Count == 0)
        {
            return (headline, null);
        }

        var last = matches[^1];
        var title = headline[..last.Index].Trim();
        var organization = headline[(last.Index + last.Length)..].Trim();
        return title.Length == 0 || organization.Length == 0 ? (headline, null) : (title, organization);
    }

    private static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var collapsed = Whitespace().Replace(text, " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }

    private static string? NullIfBlank(string? html) => string.IsNullOrWhiteSpace(html) ? null : html.Trim();

    [GeneratedRegex(@"\s+[–—-]\s+")]
    private static partial Regex SpacedDash();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
