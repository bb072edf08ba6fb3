using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>The section heading each listed block sits under. Repeated blocks are grouped by shape across sections, so
/// a page's openings and the blocks of the same shape it lists under another kind of section ("Bénévolat", "Candidature
/// spontanée", "Il nostro team") or under a section that marks its positions filled ("Puestos cubiertos recientemente",
/// "Recently filled") fall in one group: those blocks are not openings.</summary>
internal static class ListedSections
{
    /// <summary>Siblings looked at, at most, on the way up from one block to its heading.</summary>
    private const int MaxSiblings = 400;

    /// <summary>The items under a section about openings or under none. When no item would be left, every item: a
    /// listing whose only heading is of another kind is left to the rules that judge the whole listing.</summary>
    public static List<ListingItem> OpeningsOnly(List<ListingItem> items)
    {
        if (items.Count < 2)
        {
            return items;
        }

        // The blocks already placed: the walk up from a later block stops at an earlier one, whose section it shares.
        var sectionOf = new Dictionary<IElement, IElement?>(ReferenceEqualityComparer.Instance);
        var notOpenings = new Dictionary<IElement, bool>(ReferenceEqualityComparer.Instance);
        List<ListingItem>? kept = null;
        for (var i = 0; i < items.Count; i++)
        {
            var block = items[i].Block ?? items[i].Link;
            var section = SectionAbove(block, TitleLevel(items[i].Link), sectionOf);
            sectionOf[block] = section;
            if (section is not null && (notOpenings.TryGetValue(section, out var known) ? known : notOpenings[section] = IsNotOpenings(section)))
            {
                kept ??= items.GetRange(0, i);
            }
            else
            {
                kept?.Add(items[i]);
            }
        }

        return kept is null || kept.Count == 0 ? items : kept;
    }

    /// <summary>The items under a section headed as openings ("Concursos vigentes", "Offres d'emploi", "Vacatures"): on a
    /// page of another kind (a department's news beside its events and publications) only such a section lists openings.</summary>
    public static List<ListingItem> UnderCareersSection(List<ListingItem> items)
    {
        var sectionOf = new Dictionary<IElement, IElement?>(ReferenceEqualityComparer.Instance);
        var kept = new List<ListingItem>();
        foreach (var item in items)
        {
            var block = item.Block ?? item.Link;
            var section = SectionAbove(block, TitleLevel(item.Link), sectionOf);
            sectionOf[block] = section;
            if (section is not null && PlainText.Of(section) is { } heading && SectionHeadings.IsCareersSection(heading))
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    /// <summary>Whether a title heading sits under a section of another kind or a filled one ("How we help you find a
    /// job"): a heading carries its own section, so there is no listing to leave it to.</summary>
    public static bool UnderOtherSection(IElement heading) =>
        SectionAbove(heading, OpeningBlock.Level(heading), new(ReferenceEqualityComparer.Instance)) is { } section && IsNotOpenings(section);

    private static bool IsNotOpenings(IElement heading) =>
        PlainText.Of(heading) is { } text && (SectionHeadings.IsOtherSection(text) || ClosedOpenings.Marks(text));

    /// <summary>The level of the heading that holds the title link or that it holds; 7 (any heading heads it) for a
    /// title that is no heading.</summary>
    private static int TitleLevel(IElement link) =>
        (ElementWalk.Closest(link, ElementWalk.IsHeading) ?? ElementWalk.FirstDescendant(link, ElementWalk.IsHeading)) is { } heading
            ? OpeningBlock.Level(heading)
            : 7;

    /// <summary>The nearest heading before the block, of a higher level than its title, found by walking back through
    /// the block's and its ancestors' earlier siblings.</summary>
    private static IElement? SectionAbove(IElement block, int level, Dictionary<IElement, IElement?> placed)
    {
        var looked = 0;
        for (var e = block; e is not null && e.LocalName is not "body"; e = e.ParentElement)
        {
            for (var sibling = e.PreviousElementSibling; sibling is not null; sibling = sibling.PreviousElementSibling)
            {
                if (placed.TryGetValue(sibling, out var section))
                {
                    return section;
                }

                if (LastHeading(sibling, level) is { } heading)
                {
                    return heading;
                }

                if (++looked > MaxSiblings)
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>The element itself when it is a heading above the level, else the last such heading inside it.</summary>
    private static IElement? LastHeading(IElement element, int level)
    {
        if (ElementWalk.IsHeading(element))
        {
            return OpeningBlock.Level(element) < level ? element : null;
        }

        IElement? last = null;
        if (element.ChildElementCount > 0)
        {
            foreach (var descendant in ElementWalk.Descendants(element))
            {
                if (ElementWalk.IsHeading(descendant) && OpeningBlock.Level(descendant) < level)
                {
                    last = descendant;
                }
            }
        }

        return last;
    }
}
