using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds a listing made of repeated blocks (articles, list items, cards, table rows) that each hold a link
/// whose text reads like a job title.</summary>
/// <remarks>Every link that could be a posting votes for each of its ancestors; ancestors are grouped by their shape
/// (tag and classes, numbers dropped) and their parent's shape, so the cards of one listing fall in one group even
/// across sections. The winning group has the most blocks holding exactly one posting link; among equals, the largest
/// blocks win, so that a block carries its date and excerpt with its title.</remarks>
internal static partial class RepeatedBlocks
{
    private const int MaxClimb = 8;
    private const int MinBlocks = 2;

    /// <param name="maxItems">The most items found: a run has room for no more, so links past them are not weighed.</param>
    public static IReadOnlyList<ListingItem> Find(IDocument document, Uri pageUrl, Uri linkBase, int maxItems = int.MaxValue)
    {
        var candidates = CandidateLinks(document, pageUrl, linkBase, maxItems);
        if (candidates.Count == 0)
        {
            return [];
        }

        var shapes = new Dictionary<IElement, string>(ReferenceEqualityComparer.Instance);
        var groups = new Dictionary<(string Parent, string Block), Dictionary<IElement, HashSet<Uri>>>();
        foreach (var (link, url, _) in candidates)
        {
            IElement? block = link;
            for (var level = 0; level <= MaxClimb && block is { ParentElement: { } parent } && block.LocalName != "body"; level++)
            {
                var key = (ShapeOf(parent, shapes), ShapeOf(block, shapes));
                if (!groups.TryGetValue(key, out var blocks))
                {
                    groups[key] = blocks = [];
                }

                if (!blocks.TryGetValue(block, out var urls))
                {
                    blocks[block] = urls = [];
                }

                urls.Add(url);
                block = parent;
            }
        }

        var best = groups
            .Select(g => (Key: g.Key, Blocks: Innermost(g.Value)))
            .Select(g => (g.Key, g.Blocks, Score: g.Blocks.Count(b => b.Value.Count == 1), Depth: g.Blocks.Keys.Min(Depth)))
            .Where(g => g.Score >= MinBlocks)
            .OrderByDescending(g => g.Score)
            .ThenBy(g => g.Depth)
            .FirstOrDefault();

        if (best.Blocks is null)
        {
            return SingleChildLink(candidates, pageUrl);
        }

        return Items(best.Blocks, candidates, pageUrl, linkBase, shapes, maxItems);
    }

    /// <summary>Links outside the page's furniture, to pages of the same site that are not news or the like, whose text
    /// reads like a job title.</summary>
    private static List<(IElement Link, Uri Url, string Text)> CandidateLinks(IDocument document, Uri pageUrl, Uri linkBase, int maxCandidates)
    {
        var candidates = new List<(IElement, Uri, string)>();
        foreach (var link in ElementWalk.Descendants(document.DocumentElement))
        {
            if (!ElementWalk.IsLink(link))
            {
                continue;
            }

            if (candidates.Count >= maxCandidates)
            {
                break;
            }

            // The text first: most links on a page name no job, and reading text costs less than making a URL.
            if (PageRegions.IsBoilerplate(link) || LinkText(link) is not { } text
                || !(JobTitles.LooksLikeJobTitle(text) || TitleBeforeOrganization(text)))
            {
                continue;
            }

            if (Links.Resolve(linkBase, link.GetAttribute("href")) is { } url && LinkFilter.MayBePosting(url, pageUrl))
            {
                candidates.Add((link, url, text));
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
    public static string? LinkText(IElement link) =>
        PlainText.Of(InnerTitle(link)) ?? PlainText.Collapse(link.GetAttribute("title")) ?? PlainText.Collapse(link.GetAttribute("aria-label"));

    /// <summary>The heading (or title-classed element) inside a link, else the link.</summary>
    public static IElement InnerTitle(IElement link) =>
        link.ChildElementCount > 0
            && (ElementWalk.FirstDescendant(link, ElementWalk.IsHeading) ?? ElementWalk.FirstDescendant(link, IsTitleClassed)) is { } inner
            && PlainText.Of(inner) is not null
            ? inner
            : link;

    /// <summary>What <c>[class*='title'], [class*='position'], [class*='job-name']</c> matches.</summary>
    private static bool IsTitleClassed(IElement element) =>
        ElementWalk.HasClassContaining(element, "title") || ElementWalk.HasClassContaining(element, "position")
        || ElementWalk.HasClassContaining(element, "job-name");

    /// <summary>Blocks that do not contain another block of the same group (nested anonymous <c>&lt;div&gt;</c>s would
    /// otherwise count twice).</summary>
    private static Dictionary<IElement, HashSet<Uri>> Innermost(Dictionary<IElement, HashSet<Uri>> blocks)
    {
        // A block is outer when it is a proper ancestor of another block: mark the ancestors of each block.
        HashSet<IElement>? outer = null;
        foreach (var block in blocks.Keys)
        {
            for (var ancestor = block.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
            {
                if (blocks.ContainsKey(ancestor))
                {
                    (outer ??= new HashSet<IElement>(ReferenceEqualityComparer.Instance)).Add(ancestor);
                }
            }
        }

        if (outer is null)
        {
            return blocks;
        }

        var innermost = new Dictionary<IElement, HashSet<Uri>>(blocks.Count - outer.Count, ReferenceEqualityComparer.Instance);
        foreach (var (block, urls) in blocks)
        {
            if (!outer.Contains(block))
            {
                innermost[block] = urls;
            }
        }

        return innermost;
    }

    /// <summary>One item per block, in document order. Same-shaped siblings of the group's blocks whose heading link is
    /// title-shaped join the listing even without a role word ("Fondsenwerver" beside "Juridisch medewerker").</summary>
    private static List<ListingItem> Items(
        Dictionary<IElement, HashSet<Uri>> blocks, List<(IElement Link, Uri Url, string Text)> candidates, Uri pageUrl, Uri linkBase, Dictionary<IElement, string> shapes,
        int maxItems)
    {
        var shape = ShapeOf(blocks.Keys.First(), shapes);
        var parents = blocks.Keys.Select(b => b.ParentElement).Where(p => p is not null).Distinct().ToList();
        var members = parents.SelectMany(p => p!.Children).Where(c => ShapeOf(c, shapes) == shape && !PageRegions.IsBoilerplate(c)).ToList();

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
            var distinct = own.Select(c => c.Url).Distinct().Count();
            if (distinct > 1)
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

    private static string ShapeOf(IElement element, Dictionary<IElement, string> shapes)
    {
        if (!shapes.TryGetValue(element, out var shape))
        {
            shapes[element] = shape = Shape(element);
        }

        return shape;
    }

    /// <summary>Tag and classes, with the classes that carry numbers (<c>post-4121</c>) dropped so that the cards of a
    /// listing share one shape.</summary>
    private static string Shape(IElement element)
    {
        if (string.IsNullOrEmpty(element.ClassName))
        {
            return element.LocalName + ".";
        }

        var classes = (element.ClassName ?? "")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(c => !Numbered().IsMatch(c) && !Stateful().IsMatch(c))
            .Order(StringComparer.Ordinal);
        return element.LocalName + "." + string.Join('.', classes);
    }

    private static int Depth(IElement element)
    {
        var depth = 0;
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            depth++;
        }

        return depth;
    }

    [GeneratedRegex(@"\d")]
    private static partial Regex Numbered();

    /// <summary>Classes that mark one card's state, not its kind: "is-active", "first", "odd", "featured".</summary>
    [GeneratedRegex(@"^(?:is-|has-)|^(?:active|current|first|last|odd|even|featured|sticky|selected|hidden|visible|new)$", RegexOptions.IgnoreCase)]
    private static partial Regex Stateful();
}
