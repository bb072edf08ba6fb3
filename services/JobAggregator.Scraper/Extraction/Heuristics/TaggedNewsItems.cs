using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>A news list whose items carry a category tag (a <c>&lt;dt&gt;</c> of a date and "採用" over a <c>&lt;dd&gt;</c>
/// link, a list item's "Vacatures" badge, a card's "Jobs" category): the items tagged as recruitment are openings, each
/// dated by its item, and the others (events, notices, results) are not. A list is read so only where its tags differ or
/// the page is a news page, so that a careers page's own badges leave its listing to the other shapes; a news list
/// without a recruitment tag lists no openings. A recruitment item its title marks closed ("【已截止】【徵才】社工督導") is none.</summary>
internal static class TaggedNewsItems
{
    private const int MaxTagLength = 24;
    private const int MaxItemDepth = 3;
    private const int MinTaggedItems = 2;

    /// <summary>The class words of a category tag, as whole parts of a class name ("cat-recruit", "post-categories",
    /// "news-tag", "badge"): "location" and "vacatures" hold "cat" but name no tag.</summary>
    private static readonly string[] TagClassWords = ["cat", "category", "categories", "tag", "tags", "label", "badge", "term", "terms", "rubric", "rubrique"];

    private static readonly char[] ClassWordSeparators = [' ', '-', '_'];

    /// <summary>The endings of Japanese tags naming recruitment that no careers heading is alone: "採用" (hiring), "教員公募"
    /// (an open call for faculty).</summary>
    private static readonly string[] RecruitmentTagEnds = ["採用", "公募"];

    public static IReadOnlyList<PostingDraft> Find(IDocument document, Uri pageUrl, Uri linkBase, int maxPostings)
    {
        // The tags come from the shared walk: a page with fewer than two anywhere has fewer in its content.
        var tags = PageElements.Of(document).Tags;
        if (tags.Count < MinTaggedItems || PageRegions.MainContent(document) is not { } main)
        {
            return [];
        }

        var items = new List<(string Tag, IElement Link, IReadOnlyList<IElement> Run)>();
        foreach (var element in tags)
        {
            if (element != main && main.Contains(element) && PlainText.Of(element) is { Length: <= MaxTagLength } tag && TitleLink(element, main) is var (link, run))
            {
                items.Add((tag, link, run));
            }
        }

        var recruiting = items.FindAll(i => IsRecruitmentTag(i.Tag));
        if (items.Count < MinTaggedItems || recruiting.Count == 0
            || (recruiting.Count == items.Count && !SectionHeadings.IsNotAListingPage(pageUrl)))
        {
            return [];
        }

        var openings = new List<PostingDraft>();
        foreach (var (_, link, run) in recruiting)
        {
            if (openings.Count < maxPostings && PlainText.Of(link) is { } title && JobTitles.HasRoleWord(title) && JobTitles.IsShortTitle(title)
                && !ClosedOpenings.Marks(title))
            {
                var fields = BlockFields.ReadRun(run);
                openings.Add(fields with
                {
                    Title = title,
                    Url = Links.Resolve(linkBase, link.GetAttribute("href")),
                    DatePosted = ItemDate(run) ?? fields.DatePosted,
                    FoundOn = pageUrl,
                });
            }
        }

        return openings;
    }

    /// <summary>An element without element children whose class has a tag's word as a part ("cat-recruit", "news-tag")
    /// or whose <c>rel</c> names a tag or category: asked of every element of a page in the shared walk
    /// (<see cref="PageElements.Tags"/>), so the element's own class and rel are read before its children are counted.</summary>
    public static bool IsTag(IElement element) =>
        ((element.ClassName is { } names && NamesTag(names))
            || (element.GetAttribute("rel") is { } rel && (rel.Contains("tag", StringComparison.Ordinal) || rel.Contains("category", StringComparison.Ordinal))))
        && element.ChildElementCount == 0;

    private static bool NamesTag(string classes)
    {
        foreach (var range in classes.AsSpan().SplitAny(ClassWordSeparators))
        {
            var part = classes.AsSpan()[range];
            foreach (var word in TagClassWords)
            {
                if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsRecruitmentTag(string tag) =>
        SectionHeadings.IsCareersSection(tag) || RecruitmentTagEnds.Any(end => tag.EndsWith(end, StringComparison.Ordinal));

    /// <summary>The link a tag's item titles, and the elements of the item: a term's definitions after it (the tag in a
    /// <c>&lt;dt&gt;</c> beside the date, the title in the <c>&lt;dd&gt;</c>), else the nearest ancestor holding a link
    /// besides the tag and no other tag. Null for a tag of no item (a post's own categories).</summary>
    private static (IElement Link, IReadOnlyList<IElement> Run)? TitleLink(IElement tag, IElement main)
    {
        var element = tag.ParentElement;
        for (var depth = 0; element is not null && element != main && depth < MaxItemDepth; depth++, element = element.ParentElement)
        {
            if (element.LocalName == "dt")
            {
                List<IElement> run = [element, .. ElementWalk.Definitions(element)];

                return run.Skip(1).Select(d => ElementWalk.FirstDescendant(d, ElementWalk.IsLink)).FirstOrDefault(l => l is not null) is { } termLink
                    ? (termLink, run)
                    : null;
            }

            if (ElementWalk.FirstDescendant(element, e => e != tag && IsTag(e)) is not null)
            {
                return null;
            }

            if (ElementWalk.FirstDescendant(element, e => ElementWalk.IsLink(e) && e != tag) is { } link)
            {
                return (link, [element]);
            }
        }

        return null;
    }

    /// <summary>The date an item's <c>&lt;time datetime&gt;</c> states; null without one.</summary>
    private static string? ItemDate(IReadOnlyList<IElement> run) =>
        run.Select(e => ElementWalk.FirstDescendant(e, t => t.LocalName == "time" && t.HasAttribute("datetime"))).FirstOrDefault(t => t is not null)
            ?.GetAttribute("datetime");
}
