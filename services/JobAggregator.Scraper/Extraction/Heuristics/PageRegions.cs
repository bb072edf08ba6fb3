using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The parts of a page that are the site's furniture, not its content: navigation, the site header and
/// footer, sidebars, menus, cookie banners, forms. A header or footer inside an article or the main content is the
/// article's own and stays.</summary>
internal static partial class PageRegions
{
    private const int MaxNames = 4096;

    /// <summary>The selectors parsed once: a selector string is looked up in the parser's cache on every query.</summary>
    private static readonly ISelector ContentHolders = ParsedSelector.Of("main, article, h1, [role='main']");

    private static readonly ISelector MainElements = ParsedSelector.Of("main, [role='main']");

    private static readonly ISelector ContentElements = ParsedSelector.Of("#content, #main, .content, article");

    /// <summary>Whether a class or id names furniture, by the name: a page repeats a few names on many elements, and
    /// a lookup costs less than the pattern. Per thread without a lock; emptied when it holds <see cref="MaxNames"/>.</summary>
    [ThreadStatic]
    private static Dictionary<string, bool>? _namesFurniture;

    /// <summary>Whether the element is furniture or inside furniture (below <c>&lt;body&gt;</c>); each element of a
    /// parsed page is judged once (<see cref="PageMemo"/>).</summary>
    public static bool IsBoilerplate(IElement element)
    {
        if (PageMemo.Of(element) is { } memo)
        {
            return memo.IsFurniture(element, MarksFurniture);
        }

        for (var e = element; e is not null && e.LocalName != "body"; e = e.ParentElement)
        {
            if (MarksFurniture(e))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><see cref="IsBoilerplate"/> for a child of a parent already judged.</summary>
    public static bool IsBoilerplateChild(IElement child, bool parentIsBoilerplate) =>
        child.LocalName != "body" && (parentIsBoilerplate || MarksFurniture(child));

    /// <summary>Whether the element itself is furniture, whatever its ancestors are.</summary>
    public static bool MarksFurniture(IElement e)
    {
        switch (e.LocalName)
        {
            case "nav" or "aside" or "select" or "menu" or "dialog":
                return true;
            // A CMS's list of articles may stand in the form that sorts and pages it (Joomla's category list).
            case "form":
                return ElementWalk.FirstDescendant(e, d => d.LocalName == "table") is null;
            case "header" or "footer" when !InsideContent(e):
                return true;
        }

        if (e.GetAttribute("role") is { } role && BoilerplateRole().IsMatch(role))
        {
            return true;
        }

        // A carousel's copies of its slides, made so that it can loop, repeat what the slides say.
        if (IsCarouselClone(e.ClassName))
        {
            return true;
        }

        // Layout wrappers are named for what sits beside the content ("has-sidebar"): a class only marks
        // furniture on an element that does not hold the page's content.
        return (NamesFurniture(e.ClassName) || NamesFurniture(e.Id))
            && ElementWalk.FirstDescendant(e, d => ContentHolders.Match(d, e)) is null;
    }

    /// <summary>Slick's <c>slick-cloned</c>, Swiper's <c>swiper-slide-duplicate</c>, Owl's <c>cloned</c>, Glide's and
    /// Splide's <c>…__slide--clone</c>: a copy of a slide shown while the carousel loops.</summary>
    private static bool IsCarouselClone(string? name) =>
        name is not null && (name.Contains("clone", StringComparison.Ordinal) || name.Contains("duplicate", StringComparison.Ordinal))
        && CarouselClone().IsMatch(name);

    /// <summary>Most elements have no class or id, and the pattern costs a call even on an empty text.</summary>
    private static bool NamesFurniture(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        var known = _namesFurniture ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        if (known.TryGetValue(name, out var verdict))
        {
            return verdict;
        }

        if (known.Count >= MaxNames)
        {
            known.Clear();
        }

        return known[name] = BoilerplateName().IsMatch(name);
    }

    /// <summary>The page's main content: <c>&lt;main&gt;</c>, <c>role="main"</c>, else <c>#content</c>, <c>#main</c>,
    /// <c>.content</c> or <c>&lt;article&gt;</c>, else the body; found once per parsed page (<see cref="PageMemo"/>).</summary>
    public static IElement? MainContent(IDocument document) =>
        PageMemo.Of(document).MainContent(document, FindMainContent);

    /// <summary>What <c>document.QuerySelector("main, [role='main']") ?? document.QuerySelector("#content, #main,
    /// .content, article") ?? document.Body</c> finds, in one walk of the page.</summary>
    private static IElement? FindMainContent(IDocument document)
    {
        var scope = document.DocumentElement;
        IElement? content = null;
        foreach (var top in document.Children)
        {
            var walk = new PathWalk(top);
            do
            {
                var element = walk.Current;
                if (MayBeMain(element) && MainElements.Match(element, scope))
                {
                    return element;
                }

                if (content is null && MayBeContent(element) && ContentElements.Match(element, scope))
                {
                    content = element;
                }
            }
            while (walk.MoveNext());
        }

        return content ?? document.Body;
    }

    /// <summary>Whether <see cref="MainElements"/> may match: most elements have no role, and a selector's match costs
    /// calls through every part of it.</summary>
    private static bool MayBeMain(IElement element) =>
        element.LocalName.Equals("main", StringComparison.OrdinalIgnoreCase) || element.HasAttribute("role");

    /// <summary>Whether <see cref="ContentElements"/> may match: its id and class selectors compare ordinally, and
    /// matching a class selector makes a class list for the element. AngleSharp gives an element without an id an empty
    /// one, never null.</summary>
    private static bool MayBeContent(IElement element) =>
        element.LocalName.Equals("article", StringComparison.OrdinalIgnoreCase)
        || element.Id is "content" or "main"
        || (element.ClassName is { } classes && classes.Contains("content", StringComparison.Ordinal));

    private static bool InsideContent(IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "article" or "main" || e.GetAttribute("role") == "main")
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alertdialog)$", RegexOptions.IgnoreCase)]
    private static partial Regex BoilerplateRole();

    /// <summary>Class or id words (split at dashes, underscores and spaces) that name furniture; not after "not", "no" or
    /// "non" (Weebly's content is <c>wsite-not-footer</c>).</summary>
    [GeneratedRegex(@"(?:^|[\s_-])(?<!(?<![\p{L}])(?:not|no|non)[_-])(?:nav|navbar|navigation|menu|submenu|megamenu|sidebar|widget-area|footer|breadcrumbs?|cookies?|cookiebar|consent|gdpr|banner|pagination|pager|share|sharing|social|related|comments?|skip|masthead|topbar|toolbar|offcanvas|newsletter|subscribe)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BoilerplateName();

    [GeneratedRegex(@"(?:^|\s)(?:slick-cloned|swiper-slide-duplicate|cloned|glide__slide--clone|splide__slide--clone)(?:$|\s)")]
    private static partial Regex CarouselClone();
}
