using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>When a news post announcing openings ("Estamos contratando!", "We're hiring") was published, as its header
/// states it beside the headline: a stamp of its markup (<see cref="SingleOpening.IsStamp"/>) or a line that is a date and
/// nothing else (Substack's "15 de dez. de 2026" in a plain <c>div</c>). Every opening of the post was posted that day,
/// unless its own block says otherwise. A careers page's date ("Offres d'emploi", published …) is the page's, no
/// opening's.</summary>
internal static class PostDates
{
    /// <summary>The date the header around the content's h1 states when the h1 announces hiring; null where the h1 stands
    /// alone in the content, or no line of its header is a date. Where its parent holds the openings too (a body whose
    /// dates are theirs), only a posted-date line right under the h1 ("公告日期：2026-12-03", "Publicado el 3/12/2026")
    /// is the post's.</summary>
    public static string? Beside(IElement main, IElement firstOpening)
    {
        if (ElementWalk.FirstDescendant(main, e => e.LocalName == "h1") is not { ParentElement: { } header } headline || header == main
            || PlainText.Of(headline) is not { } text)
        {
            return null;
        }

        if (header.Contains(firstOpening))
        {
            return IntroDate(headline, firstOpening, SingleOpening.HiringHeadline(text));
        }

        if (!SingleOpening.HiringHeadline(text))
        {
            return null;
        }

        var stamp = ElementWalk.FirstDescendant(header, e => e != headline && (SingleOpening.IsStamp(e)
            || (e.ChildElementCount == 0 && PlainText.Of(e) is { } text && FieldLabels.IsDateOnly(text))));
        return stamp is null ? null : SingleOpening.StampDate(stamp);
    }

    /// <summary>A posted-date line ("发布日期：2026-12-01", "Publicado el 3/12/2026") among the few lines between the h1 and
    /// the first opening, when the headline or a line before the date announces hiring ("加入我们 … 现诚聘以下岗位："): the
    /// list's date, and so each of its openings'.</summary>
    private static string? IntroDate(IElement headline, IElement firstOpening, bool hiringHeadline)
    {
        const int MostLines = 3;
        var lines = 0;
        for (var next = headline.NextElementSibling; next is not null && !next.Contains(firstOpening) && lines++ < MostLines; next = next.NextElementSibling)
        {
            if ((PostedDateAmongParts(next) ?? ListDates.Labelled(next, FieldKind.DatePosted)) is { } date)
            {
                return hiringHeadline ? date : null;
            }

            hiringHeadline = hiringHeadline || (PlainText.Of(next) is { } line && SingleOpening.HiringHeadline(line));
        }

        return null;
    }

    /// <summary>The posted date one part of a line of stamps states, a CMS's meta line of inline parts ("<c>&lt;p
    /// class="arti-metas"&gt;&lt;span&gt;发布时间：2026-12-05&lt;/span&gt;&lt;span&gt;作者：…&lt;/span&gt;&lt;span&gt;浏览次数：842&lt;/span&gt;&lt;/p&gt;</c>",
    /// "Publicado: 03/12/2026 · Autor: …"); null when no part does.</summary>
    private static string? PostedDateAmongParts(IElement line)
    {
        for (var part = line.FirstElementChild; part is not null && line.ChildElementCount > 1; part = part.NextElementSibling)
        {
            if (ElementWalk.IsInline(part) && PlainText.Of(part) is { } text && FieldLabels.PostedDateOnly(text) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The date a blog post holding the openings (marked up as schema.org's <c>BlogPosting</c>, as Blogger marks
    /// each post) states as published (Blogger's <c>abbr.published</c>, <c>itemprop="datePublished"</c>); null outside
    /// such a post. A page (<c>WebPage</c>, a theme's <c>hentry</c>) dates itself, not its openings.</summary>
    public static string? OfPostHolding(IElement firstOpening) =>
        ElementWalk.Closest(firstOpening, IsBlogPost) is { } post
        && ElementWalk.FirstDescendant(post, e => e.GetAttribute("itemprop") == "datePublished" && SingleOpening.IsStamp(e)) is { } stamp
            ? SingleOpening.StampDate(stamp)
            : null;

    private static bool IsBlogPost(IElement element) =>
        element.GetAttribute("itemtype") is { } type && type.EndsWith("/BlogPosting", StringComparison.OrdinalIgnoreCase);

    /// <summary>The drafts, each without a posted date given the post's.</summary>
    public static List<PostingDraft> Dating(List<PostingDraft> drafts, IElement main, IElement firstOpening)
    {
        if (drafts.TrueForAll(d => d.DatePosted is not null) || (Beside(main, firstOpening) ?? OfPostHolding(firstOpening)) is not { } posted)
        {
            return drafts;
        }

        return ListDates.PostedEach(drafts, posted);
    }
}
