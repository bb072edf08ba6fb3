using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>What a page declares about itself in elements that may stand anywhere in it: the first
/// <c>&lt;base href&gt;</c> (the base of its relative links) and the first <c>og:site_name</c> or
/// <c>application-name</c> meta (its owner's name, <see cref="SiteName"/>).</summary>
/// <remarks>Both are found in one walk that stops once it has both: most pages declare no base, and a walk for each
/// read the whole page twice on a page that declares no name either.</remarks>
internal sealed class PageDeclarations
{
    private PageDeclarations(IElement? root)
    {
        if (root is null)
        {
            return;
        }

        // The root may be the base but not the name declaration, as the two walks this one replaces judged it.
        Base = IsBase(root) ? root : null;
        Walk(root);
    }

    public IElement? Base { get; private set; }

    public IElement? NameDeclaration { get; private set; }

    public static PageDeclarations Of(IDocument document) => new(document.DocumentElement);

    /// <summary>What <c>base[href]</c> matches.</summary>
    private static bool IsBase(IElement element) => element.LocalName == "base" && element.HasAttribute("href");

    /// <summary>The descendants in document order, as <see cref="ElementWalk.FirstDescendant"/> visits them, until both
    /// are found (true).</summary>
    private bool Walk(IElement parent)
    {
        var children = parent.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is not IElement child)
            {
                continue;
            }

            if (Base is null && IsBase(child))
            {
                Base = child;
            }

            if (NameDeclaration is null && SiteName.DeclaresName(child))
            {
                NameDeclaration = child;
            }

            if ((Base is not null && NameDeclaration is not null) || Walk(child))
            {
                return true;
            }
        }

        return false;
    }
}
