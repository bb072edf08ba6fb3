using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Openings a small site shows only in a sidebar or footer widget headed "Offene Stellen" or "Vacatures", on a
/// page whose content lists none. A site-wide widget is a teaser of the site's careers page when the page links one
/// elsewhere (its menu's "Stellen"), and is not read then; nor on an article, whose subject is the news.</summary>
internal static class CareersWidgets
{
    /// <summary>The widget's items whose first link reads as a job title and may lead to a posting, each with its list
    /// item as its block; empty when the page has no such widget or another page is the site's careers page.</summary>
    public static List<ListingItem> Find(IDocument document, Uri pageUrl, Uri linkBase)
    {
        if (document.Body is not { } body)
        {
            return [];
        }

        // The page-wide questions (an article? another careers page?) are asked only once a widget holds openings.
        foreach (var widget in Widgets(document))
        {
            var items = Items(widget, pageUrl, linkBase);
            if (items.Count > 0)
            {
                return IsArticle(document) || LinksAnotherCareersPage(body, widget, pageUrl, linkBase) ? [] : items;
            }
        }

        return [];
    }

    /// <summary>The openings of a job table (<see cref="JobTables"/>) that such a widget holds ("Ofertas de empleo" over
    /// "Puesto | Lugar | Fecha límite" in a sidebar beside a news list), on the same terms as its list items.</summary>
    public static IReadOnlyList<PostingDraft> Table(IDocument document, Uri pageUrl, Uri linkBase, int maxRows)
    {
        if (document.Body is not { } body)
        {
            return [];
        }

        foreach (var widget in Widgets(document))
        {
            if (ElementWalk.FirstDescendant(widget, e => e.LocalName == "table") is { } table
                && JobTables.Read(table, pageUrl, linkBase, maxRows) is { Count: > 0 } drafts)
            {
                return IsArticle(document) || LinksAnotherCareersPage(body, widget, pageUrl, linkBase) ? [] : drafts;
            }
        }

        return [];
    }

    /// <summary>The furniture elements headed by a careers section heading, from the page's shared walk
    /// (<see cref="PageElements.WidgetHeads"/>).</summary>
    private static IEnumerable<IElement> Widgets(IDocument document)
    {
        foreach (var (heading, _, _, isFurniture) in PageElements.Of(document).WidgetHeads)
        {
            if (isFurniture && heading.ParentElement is { } widget && PlainText.Of(heading) is { } text && SectionHeadings.IsCareersSection(text))
            {
                yield return widget;
            }
        }
    }

    /// <summary>A heading of a level below the page's title, or a theme's widget title
    /// (<c>h2, h3, h4, h5, h6, [class*='widget-title']</c>).</summary>
    public static bool MayHeadWidget(IElement element) =>
        element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6"
        || element.ClassName?.Contains("widget-title", StringComparison.Ordinal) == true;

    private static bool IsArticle(IDocument document) =>
        document.QuerySelector("meta[property='og:type'][content='article']") is not null;

    private static List<ListingItem> Items(IElement widget, Uri pageUrl, Uri linkBase)
    {
        var items = new List<ListingItem>();
        foreach (var item in widget.QuerySelectorAll("li"))
        {
            if (item.QuerySelector("a[href]") is { } link && PlainText.Of(link) is { } title && JobTitles.LooksLikeJobTitle(title)
                && Links.Resolve(linkBase, link.GetAttribute("href")) is { } url && LinkFilter.MayBePosting(url, pageUrl))
            {
                items.Add(new ListingItem(link, url, title, item));
            }
        }

        return items;
    }

    /// <summary>Whether a link outside the widget names the careers page ("Stellen", "Karriere", "Vacatures") and leads
    /// elsewhere than this page.</summary>
    private static bool LinksAnotherCareersPage(IElement body, IElement widget, Uri pageUrl, Uri linkBase)
    {
        foreach (var link in body.QuerySelectorAll("a[href]"))
        {
            if (!widget.Contains(link) && PlainText.Of(link) is { } text && JobTitles.WordCount(text) <= 4 && SectionHeadings.IsCareersSection(text)
                && Links.Resolve(linkBase, link.GetAttribute("href")) is { } target
                && !string.Equals(target.AbsolutePath.TrimEnd('/'), pageUrl.AbsolutePath.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
