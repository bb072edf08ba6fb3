using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The elements of a parsed page that the listing shapes and the pagination look for, collected in one walk
/// (<see cref="PathWalk"/>) and kept per page (<see cref="PageMemo"/>): the links, headings and tables in document
/// order, each with its depth and whether it is the site's furniture, the <c>rel="next"</c> links, and what the page
/// declares about itself (its first <c>&lt;base href&gt;</c> and its first <c>og:site_name</c> or <c>application-name</c>
/// meta), the headings a careers widget may stand under, the <c>&lt;aside&gt;</c> sidebars and the category tags of news
/// items. Job tables, repeated blocks, title headings, the next pages, the declarations, the widgets, the sidebars and the
/// tagged news items each walked the whole page for their own kind of element.</summary>
/// <remarks>Every element of the page is visited, furniture included (the pagination reads every link), and each
/// listed element's furniture is judged along the walk's path, each ancestor at most once.</remarks>
internal sealed class PageElements
{
    private PageElements(List<Entry> all, List<Entry> widgetHeads, List<IElement> asides, List<IElement> tags, List<IElement> relNext,
        List<IElement> unreadHolders, IElement? baseElement, IElement? nameDeclaration)
    {
        All = all;
        WidgetHeads = widgetHeads;
        Asides = asides;
        Tags = tags;
        RelNext = relNext;
        UnreadHolders = unreadHolders;
        Base = baseElement;
        NameDeclaration = nameDeclaration;
    }

    public enum Kind : byte
    {
        Link,
        Heading,
        Table,
    }

    /// <summary>The links (<c>a[href]</c>), headings and tables below the root element, in document order.</summary>
    public List<Entry> All { get; }

    /// <summary>The elements below <c>&lt;body&gt;</c> that may head a sidebar or footer widget
    /// (<see cref="CareersWidgets.MayHeadWidget"/>), in document order.</summary>
    public List<Entry> WidgetHeads { get; }

    /// <summary>The <c>&lt;aside&gt;</c> elements, in document order.</summary>
    public List<IElement> Asides { get; }

    /// <summary>The elements that may be a news item's category tag (<see cref="TaggedNewsItems.IsTag"/>), the root
    /// element included, in document order: a page with fewer than two has no tagged news list.</summary>
    public List<IElement> Tags { get; }

    /// <summary>The <c>&lt;link&gt;</c> and <c>&lt;a&gt;</c> elements with <c>rel="next"</c>, in document order.</summary>
    public List<IElement> RelNext { get; }

    /// <summary>The elements whose text <see cref="PlainText.Of"/> leaves out (<c>&lt;noscript&gt;</c>, <c>&lt;script&gt;</c>,
    /// <c>&lt;style&gt;</c>, <c>&lt;template&gt;</c>) that hold elements: the text of an element inside one is no part of
    /// the text of an element around it.</summary>
    public List<IElement> UnreadHolders { get; }

    /// <summary>The first <c>base[href]</c>, the root element included: the base of the page's relative links.</summary>
    public IElement? Base { get; }

    /// <summary>The first element below the root that declares the owner's name (<see cref="SiteName.DeclaresName"/>).</summary>
    public IElement? NameDeclaration { get; }

    public static PageElements Of(IDocument document) => PageMemo.Of(document).Elements(document, Collect);

    private static PageElements Collect(IDocument document)
    {
        var all = new List<Entry>();
        var widgetHeads = new List<Entry>();
        var asides = new List<IElement>();
        var tags = new List<IElement>();
        var relNext = new List<IElement>();
        var unreadHolders = new List<IElement>();
        IElement? baseElement = null;
        IElement? nameDeclaration = null;
        if (document.DocumentElement is not { } root)
        {
            return new PageElements(all, widgetHeads, asides, tags, relNext, unreadHolders, null, null);
        }

        var body = document.Body;
        var walk = new PathWalk(root);
        var isRoot = true;
        do
        {
            var element = walk.Current;
            if (element.LocalName is "link" or "a" && element.HasAttribute("rel") && HasRel(element, "next"))
            {
                relNext.Add(element);
            }

            if (element.LocalName is "noscript" or "script" or "style" or "template" && element.ChildElementCount > 0)
            {
                unreadHolders.Add(element);
            }

            if (baseElement is null && element.LocalName == "base" && element.HasAttribute("href"))
            {
                baseElement = element;
            }

            if (nameDeclaration is null && !isRoot && SiteName.DeclaresName(element))
            {
                nameDeclaration = element;
            }

            var kind = isRoot ? (Kind?)null
                : ElementWalk.IsLink(element) ? Kind.Link
                : ElementWalk.IsHeading(element) ? Kind.Heading
                : element.LocalName == "table" ? Kind.Table
                : null;
            if (kind is { } found)
            {
                all.Add(new Entry(element, found, walk.Depth, walk.IsFurniture()));
            }

            if (element.LocalName == "aside")
            {
                asides.Add(element);
            }

            if (TaggedNewsItems.IsTag(element))
            {
                tags.Add(element);
            }

            if (walk.Depth > 1 && walk.At(1) == body && CareersWidgets.MayHeadWidget(element))
            {
                widgetHeads.Add(new Entry(element, Kind.Heading, walk.Depth, walk.IsFurniture()));
            }

            isRoot = false;
        }
        while (walk.MoveNext());

        return new PageElements(all, widgetHeads, asides, tags, relNext, unreadHolders, baseElement, nameDeclaration);
    }

    private static bool HasRel(IElement element, string rel) =>
        (element.GetAttribute("rel") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(rel, StringComparer.OrdinalIgnoreCase);

    /// <param name="Depth">Elements above it below the page's root element, which is 0.</param>
    /// <param name="IsFurniture">Whether it is furniture or inside furniture, as <see cref="PageRegions.IsBoilerplate"/>
    /// judges it.</param>
    public readonly record struct Entry(IElement Element, Kind Kind, int Depth, bool IsFurniture);
}
