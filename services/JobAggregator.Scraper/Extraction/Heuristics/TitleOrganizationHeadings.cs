using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Finds listings whose titles are headings, not links, each followed by a "read more" link to the posting:
/// network-style "Title – Organization" headings (en dash, em dash or spaced hyphen), split when the tail names an
/// organisation, and plain job-title headings.</summary>
internal static class TitleOrganizationHeadings
{
    public static IReadOnlyList<(string Title, string? Organization, Uri Url, IElement Heading, IElement Block)> Find(IDocument document, Uri pageUrl, Uri linkBase)
    {
        var found = new List<(string, string?, Uri, IElement, IElement)>();
        // The last heading, judged only when a link follows it: most headings have none before the next heading.
        IElement? heading = null;
        var judged = false;
        var splitTitle = "";
        string? splitOrganization = null;
        foreach (var entry in PageElements.Of(document).All)
        {
            var element = entry.Element;

            // A link matters only after a title heading.
            var isLink = entry.Kind == PageElements.Kind.Link;
            if ((isLink ? heading is null : entry.Kind != PageElements.Kind.Heading) || entry.IsFurniture)
            {
                continue;
            }

            if (!isLink)
            {
                // A page's h1 is its own title: an opening it names is the page's own, not an entry of a list.
                heading = element.LocalName == "h1" ? null : element;
                judged = false;
                continue;
            }

            if (!judged)
            {
                judged = true;
                if (TitleOf(heading!) is { } read)
                {
                    (splitTitle, splitOrganization) = read;
                }
                else
                {
                    heading = null;
                    continue;
                }
            }

            if (JobTitles.IsReadMore(element.TextContent)
                && Links.Resolve(linkBase, element.GetAttribute("href")) is { } url && LinkFilter.MayBePosting(url, pageUrl, offSiteAllowed: true)
                && !ListedSections.UnderOtherSection(heading!))
            {
                found.Add((splitTitle, splitOrganization, url, heading!, BlockOf(heading!, element)));
                heading = null;
            }
        }

        return found.DistinctBy(f => f.Item3).ToList();
    }

    /// <summary>The heading's title and the organisation after its dash, when it names an opening; null when it does not.</summary>
    private static (string Title, string? Organization)? TitleOf(IElement heading)
    {
        var text = PlainText.Of(heading) is { } shown ? PlainText.WithoutIcons(heading, shown) : null;
        // Without a dash there is nothing to split: most headings are not worth the regular expression.
        var (title, organization) = text is null ? ("", null)
            : text.AsSpan().IndexOfAny('–', '—', '-') < 0 ? (text, null) : CssExtractor.SplitTitleAndOrganization(text);
        if (organization is not null && JobTitles.LooksLikeOrganization(organization) && JobTitles.LooksLikeJobTitle(title))
        {
            return (title, organization);
        }

        // An invitation to volunteer ("Word vrijwilliger") beside the job cards is a call, not an opening.
        return JobTitles.LooksLikeJobTitle(text) && !SectionHeadings.InvitesToVolunteer(text) ? (text, null) : null;
    }

    /// <summary>What holds the heading's opening: the heading's parent when it holds the "read more" link too; else the
    /// nearest ancestor that does, when the parent holds nothing but the heading (a page builder's text widget, as Wix
    /// wraps each one) or the ancestor holds no other heading of the heading's tag (Squarespace's row whose side column
    /// holds the facts and the button); else the parent.</summary>
    private static IElement BlockOf(IElement heading, IElement link)
    {
        if (heading.ParentElement is not { } parent)
        {
            return heading;
        }

        if (parent.Contains(link))
        {
            return parent;
        }

        var alone = parent.ChildElementCount == 1 && OpeningBlock.HoldsOnly(parent, heading);
        for (var block = parent.ParentElement; block is not null; block = block.ParentElement)
        {
            if (block.Contains(link))
            {
                return alone || ElementWalk.FirstDescendant(block, e => e != heading && e.LocalName == heading.LocalName) is null ? block : parent;
            }
        }

        return parent;
    }
}
