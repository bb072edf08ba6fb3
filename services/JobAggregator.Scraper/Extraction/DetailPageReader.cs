using AngleSharp.Dom;
using JobAggregator.Scraper.Extraction.Heuristics;

namespace JobAggregator.Scraper.Extraction;

/// <summary>Reads what a posting's own page adds to the listing's excerpt: its schema.org JobPosting when it has one,
/// else the page's main content as the description; labelled lines ("Location:", "Salary:", "Closing date:") in the
/// main content, and the line of facts under its heading, fill the fields either leaves empty, and without a JobPosting the content's sentences fill what neither
/// the lines nor the listing state, as they do on a page announcing one opening (<see cref="SingleOpening.OwnPageFacts"/>).
/// A page whose content sits in none of the usual containers (a
/// theme's <c>&lt;div id="main"&gt;</c>, a short page) is read around its heading: the <c>&lt;h1&gt;</c>'s container
/// that holds some text, else the whole body, without its navigation and footer.</summary>
internal static class DetailPageReader
{
    private static readonly string[] MainContent =
        ["[itemprop='description']", ".entry-content", ".job-description", ".posting-description", "article", "main", "[role='main']", "#content", ".content"];

    private const int SubstantialText = 200;

    /// <param name="listed">What the listing gave: a sentence's place, pay, hours or closing date is read only where the
    /// listing states none, as a field the listing states beats a sentence's.</param>
    public static async Task<PostingDraft?> ReadAsync(PageContent page, PostingDraft listed, CancellationToken cancellationToken)
    {
        if (page.Format != PageFormat.Html)
        {
            return null;
        }

        var document = await page.HtmlAsync(cancellationToken);
        var main = MainContent.Select(document.QuerySelector).FirstOrDefault(e => e is not null && e.TextContent.Trim().Length > SubstantialText)
            ?? AroundHeading(document);
        var content = main is null ? null : WithoutChrome(main);
        var labelled = content is null ? null : WithHeadingFacts(LabelledLines.Read(content), content);
        var structured = JsonLdExtractor.Extract(document, page.Url);
        if (structured.Count == 1)
        {
            // The JSON-LD wins; the page's labelled lines fill what it leaves out.
            return (labelled is null ? structured[0] : labelled.CompletedBy(structured[0])) with { Url = null };
        }

        if (content is null)
        {
            return null;
        }

        var facts = SingleOpening.OwnPageFacts(
            content, SingleOpening.ParagraphTexts(content, document.DocumentElement?.GetAttribute("lang")), listed.CompletedBy(labelled!));
        return labelled! with
        {
            Location = labelled.Location ?? Unlisted(listed.Location, facts.Location),
            EmploymentType = labelled.EmploymentType ?? Unlisted(listed.EmploymentType, facts.EmploymentType),
            SalaryText = labelled.SalaryText ?? (listed.Salary is null ? Unlisted(listed.SalaryText, facts.SalaryText) : null),
            ValidThrough = labelled.ValidThrough ?? Unlisted(listed.ValidThrough, facts.ValidThrough),
            DescriptionHtml = content.InnerHtml.Trim(),
        };
    }

    /// <summary>The labelled lines' facts, completed by the line of facts under the posting's heading ("Innsbruck · Vollzeit
    /// (38 Wochenstunden) · Eintritt ab sofort"), read as on a page announcing one opening.</summary>
    private static PostingDraft WithHeadingFacts(PostingDraft labelled, IElement content)
    {
        if (content.QuerySelector("h1") is not { } heading)
        {
            return labelled;
        }

        var line = SingleOpening.MetaLine(heading);
        return labelled with
        {
            Location = labelled.Location ?? line.Location,
            EmploymentType = labelled.EmploymentType ?? line.EmploymentType,
            SalaryText = labelled.SalaryText ?? line.SalaryText,
            ValidThrough = labelled.ValidThrough ?? line.ValidThrough,
        };
    }

    /// <summary>What the page's sentences say of a field the listing leaves empty; null where the listing states it.</summary>
    private static string? Unlisted(string? listed, string? found) => listed is null ? found : null;

    /// <summary>The nearest container of the page's own <c>&lt;h1&gt;</c> (not a site name in its header) holding more
    /// than a line of text, else the body.</summary>
    private static IElement? AroundHeading(IDocument document)
    {
        var heading = document.QuerySelectorAll("h1").FirstOrDefault(h => h.Closest("header, nav, footer, aside") is null);
        for (var container = heading?.ParentElement; container is not null && container != document.Body; container = container.ParentElement)
        {
            if (container.TextContent.Trim().Length > SubstantialText)
            {
                return container;
            }
        }

        return document.Body;
    }

    private static IElement WithoutChrome(IElement main)
    {
        var copy = (IElement)main.Clone(deep: true);
        foreach (var chrome in copy.QuerySelectorAll("nav, header, footer, aside, script, style, form, .share, .sharedaddy, .sidebar, [role='navigation'], [role='banner'], [role='contentinfo']").ToList())
        {
            chrome.Remove();
        }

        return copy;
    }
}
