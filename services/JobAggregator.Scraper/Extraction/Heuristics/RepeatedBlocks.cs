using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds a listing made of repeated blocks (articles, list items, cards, table rows) that each hold a link
/// whose text reads like a job title.</summary>
/// <remarks>Every link that could be a posting votes for each of its ancestors; ancestors are grouped by their shape
/// (tag and classes, numbers dropped) and their parent's shape, so the cards of one listing fall in one group even
/// across sections. The winning group has the most blocks holding exactly one posting link; among equals, the largest
/// blocks win, so that a block carries its date and excerpt with its title.</remarks>
internal static class RepeatedBlocks
{
    /// <param name="maxItems">The most items found: a run has room for no more, so links past them are not weighed.</param>
    public static IReadOnlyList<ListingItem> Find(IDocument document, Uri pageUrl, Uri linkBase, int maxItems = int.MaxValue)
    {
        var shapes = new BlockShapes();
        var votes = new BlockVotes(shapes);
        var candidates = CandidateLinks(document, pageUrl, linkBase, maxItems, votes);
        if (candidates.Count == 0)
        {
            return [];
        }

        return votes.Winner() is { } blocks
            ? Items(blocks, candidates, pageUrl, linkBase, shapes, maxItems)
            : SingleChildLink(candidates, pageUrl);
    }

    /// <summary>Links outside the page's furniture, to pages of the same site that are not news or the like, whose text
    /// reads like a job title; each votes for its blocks as it is found.</summary>
    private static List<(IElement Link, Uri Url, string Text)> CandidateLinks(IDocument document, Uri pageUrl, Uri linkBase, int maxCandidates, BlockVotes votes)
    {
        var candidates = new List<(IElement, Uri, string)>();
        var memo = PageMemo.Of(document);
        foreach (var (link, kind, depth, isFurniture) in PageElements.Of(document).All)
        {
            if (kind != PageElements.Kind.Link)
            {
                continue;
            }

            if (candidates.Count >= maxCandidates)
            {
                break;
            }

            if (isFurniture)
            {
                continue;
            }

            // The text first: most links on a page name no job, and reading text costs less than making a URL.
            if (LinkText(link, memo) is not { } text || !(JobTitles.LooksLikeJobTitle(text) || TitleBeforeOrganization(text)))
            {
                continue;
            }

            if (Links.Resolve(linkBase, link.GetAttribute("href")) is { } url
                && (LinkFilter.MayBePosting(url, pageUrl) || (JobTitles.AnnouncesPosting(text) && LinkFilter.MayBePosting(url, pageUrl, announced: true))))
            {
                candidates.Add((link, url, text));
                votes.Add(link, depth, url);
            }
        }

        return candidates;
    }

    /// <summary>"Assistant Public Defender 2 – Wrongful Conviction Project – Office of the Ohio Public Defender": too long
    /// for a title as a whole, but a job title before an organisation's name.
    /// Most link texts hold no dash to split at, and are not worth a lookup.</summary>
    private static bool TitleBeforeOrganization(string? text) =>
        text is not null && text.AsSpan().IndexOfAny('–', '—', '-') >= 0 && TitlesBeforeOrganization.Of(text);

    private static readonly TextVerdicts TitlesBeforeOrganization = new(text =>
        CssExtractor.SplitTitleAndOrganization(text) is ({ } title, { } organization)
            && JobTitles.LooksLikeOrganization(organization) && JobTitles.LooksLikeJobTitle(title));

    /// <summary>The posting's title as the link shows it: a card that is one big link (job-board plugins write them)
    /// has its title in a heading inside.</summary>
    public static string? LinkText(IElement link) => LinkText(link, PageMemo.Of(link));

    /// <summary>The heading (or title-classed element) inside a link, else the link.</summary>
    public static IElement InnerTitle(IElement link) => InnerTitle(link, PageMemo.Of(link));

    /// <summary><see cref="LinkText(IElement)"/> with the page's memo at hand, as <see cref="PlainText.Of"/> finds it.</summary>
    private static string? LinkText(IElement link, PageMemo? memo) =>
        PageMemo.PlainText(InnerTitle(link, memo), memo) ?? PlainText.Collapse(link.GetAttribute("title")) ?? PlainText.Collapse(link.GetAttribute("aria-label"));

    private static IElement InnerTitle(IElement link, PageMemo? memo) =>
        link.ChildElementCount > 0
            && (ElementWalk.FirstDescendant(link, ElementWalk.IsHeading) ?? ElementWalk.FirstDescendant(link, IsTitleClassed)) is { } inner
            && PageMemo.PlainText(inner, memo) is not null
            ? inner
            : link;

    /// <summary>What <c>[class*='title'], [class*='position'], [class*='job-name']</c> matches, and an element classed as a
    /// heading (<see cref="ElementWalk.IsClassedAsHeading"/>: a Webflow card's <c>div.heading-style-h5</c>).</summary>
    private static bool IsTitleClassed(IElement element) =>
        ElementWalk.HasClassContaining(element, "title") || ElementWalk.HasClassContaining(element, "position")
        || ElementWalk.HasClassContaining(element, "job-name") || ElementWalk.IsClassedAsHeading(element);

    /// <summary>One item per block, in document order. Same-shaped siblings of the group's blocks whose heading link is
    /// title-shaped join the listing even without a role word ("Fondsenwerver" beside "Juridisch medewerker").</summary>
    private static List<ListingItem> Items(
        List<IElement> blocks, List<(IElement Link, Uri Url, string Text)> candidates, Uri pageUrl, Uri linkBase, BlockShapes shapes, int maxItems)
    {
        var shape = shapes.Of(blocks[0]);
        var members = new List<IElement>();
        foreach (var parent in blocks.Select(b => b.ParentElement).OfType<IElement>().Distinct())
        {
            var parentIsFurniture = PageRegions.IsBoilerplate(parent);
            foreach (var child in parent.Children)
            {
                if (shapes.Of(child) == shape && !PageRegions.IsBoilerplateChild(child, parentIsFurniture))
                {
                    members.Add(child);
                }
            }
        }

        // Each member's candidate links in document order: each link offered to the members among its ancestors.
        var owned = new Dictionary<IElement, List<(IElement Link, Uri Url, string Text)>>(ReferenceEqualityComparer.Instance);
        foreach (var member in members)
        {
            owned.TryAdd(member, []);
        }

        foreach (var candidate in candidates)
        {
            for (var e = candidate.Link; e is not null; e = e.ParentElement)
            {
                if (owned.TryGetValue(e, out var list))
                {
                    list.Add(candidate);
                }
            }
        }

        var items = new List<ListingItem>();
        foreach (var block in members)
        {
            if (items.Count >= maxItems)
            {
                break;
            }

            var own = owned[block];
            if (own.Exists(c => !c.Url.Equals(own[0].Url)))
            {
                items.AddRange(own.DistinctBy(c => c.Url).Select(c => new ListingItem(c.Link, c.Url, c.Text, null)));
                continue;
            }

            var primary = own.Count > 0 ? (own[0].Link, own[0].Url) : HeadingLink(block, pageUrl, linkBase);
            if (primary is { } found)
            {
                items.Add(new ListingItem(found.Link, found.Url, own.Count > 0 ? own[0].Text : LinkText(found.Link)!, block));
            }
        }

        return items.DistinctBy(i => i.Url).ToList();
    }

    private static (IElement Link, Uri Url)? HeadingLink(IElement block, Uri pageUrl, Uri linkBase)
    {
        var link = block.QuerySelector("h1 a[href], h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href], [class*='title'] a[href], a[class*='title'][href]")
            ?? (block.LocalName == "a" ? block : null)
            ?? (block.LocalName == "li" && block.FirstElementChild is { LocalName: "a" } first && first.HasAttribute("href") ? first : null);
        if (link is null || Links.Resolve(linkBase, link.GetAttribute("href")) is not { } url)
        {
            return null;
        }

        return LinkFilter.MayBePosting(url, pageUrl) && JobTitles.IsTitleShaped(LinkText(link)) ? (link, url) : null;
    }

    /// <summary>A careers page listing one opening: the only title link in the content, leading below the page's own
    /// path (<c>/careers/</c> to <c>/careers/paralegal/</c>).</summary>
    private static IReadOnlyList<ListingItem> SingleChildLink(List<(IElement Link, Uri Url, string Text)> candidates, Uri pageUrl)
    {
        var distinct = candidates.DistinctBy(c => c.Url).ToList();
        if (distinct.Count != 1)
        {
            return [];
        }

        var (link, url, text) = distinct[0];
        var parentPath = pageUrl.AbsolutePath.EndsWith('/') ? pageUrl.AbsolutePath : pageUrl.AbsolutePath + "/";
        if (!url.AbsolutePath.StartsWith(parentPath, StringComparison.OrdinalIgnoreCase) || url.AbsolutePath.Length <= parentPath.Length)
        {
            return [];
        }

        var block = link.Closest("article, li, section, div") ?? link.ParentElement;
        return [new ListingItem(link, url, text, block)];
    }
}
