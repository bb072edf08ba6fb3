using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds openings that small organisations list as repeated title elements with or without a link of their
/// own: headings under "Offres d'emploi", Bootstrap or Elementor cards, list items that start with a bold title.</summary>
/// <remarks>Each title element is scored (<see cref="OpeningScore"/>): a role word in the title, a gender marker
/// ("(m/w/d)", "/a", "·e"), a careers section heading above it, labelled job fields and a link in its block. Title
/// elements of one shape under one section heading form a group; the best group is the listing when its section is a
/// careers section, or, without one, when it repeats and every member carries job fields or a link. A section that
/// says there are no openings, or is about volunteering, news or the team, gives nothing.</remarks>
internal static class OpeningBlocks
{
    private const int MinScore = 4;

    public static IReadOnlyList<PostingDraft> Find(IDocument document, Uri pageUrl, Uri linkBase)
    {
        if (SectionHeadings.IsNotAListingPage(pageUrl) || PageRegions.MainContent(document) is not { } main
            || SectionHeadings.SaysNoOpenings(PlainText.Of(main) ?? ""))
        {
            return [];
        }

        var headings = ElementWalk.Descendants(main).Where(h => ElementWalk.IsHeading(h) && !PageRegions.IsBoilerplate(h)).ToList();
        var titles = TitleElements(main)
            .Select(title => (Title: title, Text: PlainText.Of(title)))
            .Where(t => t.Text is not null && JobTitles.IsTitleShaped(t.Text) && JobTitles.IsShortTitle(t.Text)
                && !JobTitles.IsReadMore(t.Text) && !JobTitles.IsViewOpening(t.Text))
            .ToList();
        var order = DocumentOrder(main, headings, titles.Select(t => t.Title));
        var groups = titles
            .Select(t => (t.Title, t.Text, Section: SectionOf(t.Title, headings, order)))
            .GroupBy(t => (Shape(t.Title), t.Section))
            .Select(g => Score(g.Select(t => (t.Title, t.Text!)).ToList(), g.Key.Section is { } s ? PlainText.Of(s) : null, pageUrl, linkBase))
            .ToList();

        var best = groups.Where(g => g.Count > 0).Where(Accepted).OrderByDescending(g => g.Sum(c => c.Score.Total)).FirstOrDefault();
        if (best is null)
        {
            return [];
        }

        return best.Select(c => c.Block.Fields(c.Title) with { Title = c.Text, Url = c.Url, FoundOn = pageUrl })
            .DistinctBy(d => (d.Title, d.Url))
            .ToList();
    }

    private static List<Candidate> Score(List<(IElement Title, string Text)> titles, string? section, Uri pageUrl, Uri linkBase)
    {
        // A title that links somewhere no posting can be (news, donations, another site's home) is not an opening.
        titles = titles.Where(t => OwnLink(t.Title) is not { } own
            || (Links.Resolve(linkBase, own.GetAttribute("href")) is { } target && LinkFilter.MayBePosting(target, pageUrl))).ToList();
        if (TurnedDown(titles, section))
        {
            return [];
        }

        var elements = titles.Select(t => t.Title).ToList();
        var holding = Holding(elements);
        return titles.Select(t =>
        {
            var block = OpeningBlock.Of(t.Title, elements, holding);
            var url = LinkOf(t.Title, block, pageUrl, linkBase);
            var score = OpeningScore.Of(t.Text, section, block.Text(), t.Title, url is not null);
            return new Candidate(t.Title, t.Text, section, block, url, score);
        }).ToList();
    }

    /// <summary>Whether <see cref="Accepted"/> turns the group down whatever its blocks hold: its section is another
    /// kind of list, too few of its titles name a role, or every title names only volunteers. The blocks, links and
    /// scores of such a group are not worth working out.</summary>
    private static bool TurnedDown(List<(IElement Title, string Text)> titles, string? section) =>
        titles.Count > 0 && ((section is not null && SectionHeadings.IsOtherSection(section))
            || titles.Count(t => JobTitles.HasRoleWord(t.Text)) * 2 < titles.Count
            || titles.All(t => JobTitles.IsVolunteerOnly(t.Text)));

    private static bool Accepted(List<Candidate> group)
    {
        var section = group[0].Section;
        if (section is not null && SectionHeadings.IsOtherSection(section))
        {
            return false;
        }

        var roleWords = group.Count(c => c.Score.RoleWord);
        if (roleWords * 2 < group.Count || group.All(c => JobTitles.IsVolunteerOnly(c.Text)))
        {
            return false;
        }

        if (section is not null && SectionHeadings.IsCareersSection(section) && group.Any(c => c.Score.RoleWord))
        {
            return true;
        }

        return group.Count >= 2 && group.All(c => c.Score.Fields || c.Url is not null) && group.Average(c => c.Score.Total) >= MinScore;
    }

    /// <summary>Headings, card titles, and list items whose first child is a bold or linked title.</summary>
    private static IEnumerable<IElement> TitleElements(IElement main)
    {
        foreach (var element in ElementWalk.Descendants(main))
        {
            if ((element.LocalName != "li" && !IsTitleLike(element)) || PageRegions.IsBoilerplate(element))
            {
                continue;
            }

            if (element.LocalName == "li")
            {
                if (ListItemTitle(element) is { } lead)
                {
                    yield return lead;
                }

                continue;
            }

            // A heading inside a card title (or the reverse) is one title.
            if (element.ParentElement is not { } parent || ElementWalk.Closest(parent, IsTitleLike) is null)
            {
                yield return element;
            }
        }
    }

    /// <summary>What <c>h2, h3, h4, h5, h6, [class*='card-title'], [class*='heading-title']</c> matches, without a
    /// selector looked up for each element.</summary>
    private static bool IsTitleLike(IElement element) =>
        element.LocalName is "h2" or "h3" or "h4" or "h5" or "h6"
        || ElementWalk.HasClassContaining(element, "card-title") || ElementWalk.HasClassContaining(element, "heading-title");

    /// <summary>The element holding a list item's title: its first child when that is bold or a link and the item's
    /// text starts with it.</summary>
    private static IElement? ListItemTitle(IElement item)
    {
        if (item.FirstElementChild is not { LocalName: "strong" or "b" or "a" } first)
        {
            return null;
        }

        // Only text and comments come before the first element child.
        for (var node = item.FirstChild; node is not null && node != first; node = node.NextSibling)
        {
            if (!string.IsNullOrWhiteSpace(node.TextContent))
            {
                return null;
            }
        }

        return first;
    }

    /// <summary>The nearest heading above the title of a higher level than the title's own (any heading, for a title
    /// that is not a heading).</summary>
    private static IElement? SectionOf(IElement title, List<IElement> headings, Dictionary<IElement, int> order)
    {
        var level = OpeningBlock.Level(title);
        var position = order[title];
        IElement? section = null;
        foreach (var heading in headings)
        {
            // Headings come in document order: the first one at or after the title, or around it, ends the search.
            if (order[heading] >= position || heading.Contains(title))
            {
                break;
            }

            if (OpeningBlock.Level(heading) < level)
            {
                section = heading;
            }
        }

        return section;
    }

    /// <summary>The position in document order of each heading and title, from one walk of the content.</summary>
    private static Dictionary<IElement, int> DocumentOrder(IElement main, List<IElement> headings, IEnumerable<IElement> titles)
    {
        var order = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        foreach (var element in headings.Concat(titles))
        {
            order[element] = -1;
        }

        var position = 0;
        var pending = new Stack<IElement>();
        pending.Push(main);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            if (order.ContainsKey(element))
            {
                order[element] = position;
            }

            position++;
            for (var child = element.LastElementChild; child is not null; child = child.PreviousElementSibling)
            {
                pending.Push(child);
            }
        }

        return order;
    }

    /// <summary>How many of the group's titles each element holds, itself included (a title may be listed twice).</summary>
    private static Dictionary<IElement, int> Holding(List<IElement> group)
    {
        var holding = new Dictionary<IElement, int>(ReferenceEqualityComparer.Instance);
        foreach (var title in group)
        {
            for (var e = title; e is not null; e = e.ParentElement)
            {
                holding[e] = holding.GetValueOrDefault(e) + 1;
            }
        }

        return holding;
    }

    /// <summary>The title's own link, else a "read more" or "view offer" link in its block, when it may be a posting.</summary>
    private static Uri? LinkOf(IElement title, OpeningBlock block, Uri pageUrl, Uri linkBase)
    {
        var link = OwnLink(title)
            ?? block.FirstDescendant(a => ElementWalk.IsLink(a) && (JobTitles.IsReadMore(a.TextContent) || JobTitles.IsViewOpening(a.TextContent)));
        return Links.Resolve(linkBase, link?.GetAttribute("href")) is { } url && LinkFilter.MayBePosting(url, pageUrl, offSiteAllowed: true) ? url : null;
    }

    private static IElement? OwnLink(IElement title) =>
        ElementWalk.IsLink(title) ? title : ElementWalk.FirstDescendant(title, ElementWalk.IsLink) ?? ElementWalk.Closest(title, ElementWalk.IsLink);

    private static string Shape(IElement title) =>
        title.LocalName + "." + string.Join('.', (title.ClassName ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal))
        + "<" + (title.ParentElement?.LocalName ?? "");

    /// <summary>One title element, its block and link, and what scores it.</summary>
    private sealed record Candidate(IElement Title, string Text, string? Section, OpeningBlock Block, Uri? Url, OpeningScore Score);
}
