using System.Buffers;
using System.Globalization;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Element lookups by tag name made by walking the tree, for the few simple selectors the heuristics ask of
/// every link, line and title: a selector string is looked up in the parser's cache and matched through enumerators on
/// each call, which costs more than the walk itself.</summary>
/// <remarks>The walks read children by index (<see cref="PathWalk"/>): AngleSharp finds an element's next sibling by
/// searching its parent's children, which makes a walk by siblings cost the square of each child list's length.</remarks>
internal static class ElementWalk
{
    /// <summary>The first descendant of <paramref name="root"/> (itself excluded) in document order that
    /// <paramref name="matches"/>, as <c>QuerySelector</c> finds it.</summary>
    public static IElement? FirstDescendant(IElement root, Func<IElement, bool> matches)
    {
        var children = root.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement child && (matches(child) ? child : FirstDescendant(child, matches)) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>The descendants of <paramref name="root"/> (itself excluded) in document order, as
    /// <c>QuerySelectorAll</c> lists them.</summary>
    public static IEnumerable<IElement> Descendants(IElement? root)
    {
        if (root is null)
        {
            yield break;
        }

        var walk = new PathWalk(root);
        while (walk.MoveNext())
        {
            yield return walk.Current;
        }
    }

    /// <summary>The element after <paramref name="element"/> in document order within <paramref name="root"/>.</summary>
    public static IElement? Next(IElement element, IElement root)
    {
        if (element.FirstElementChild is { } child)
        {
            return child;
        }

        for (var e = element; e is not null && e != root; e = e.ParentElement)
        {
            if (e.NextElementSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }

    /// <summary>The element itself or its nearest ancestor that <paramref name="matches"/>, as <c>Closest</c> finds it.</summary>
    public static IElement? Closest(IElement element, Func<IElement, bool> matches)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (matches(e))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>The <c>&lt;dd&gt;</c> siblings right after a definition list's term: the facts it names.</summary>
    public static List<IElement> Definitions(IElement term)
    {
        var definitions = new List<IElement>();
        for (var next = term.NextElementSibling; next is { LocalName: "dd" }; next = next.NextElementSibling)
        {
            definitions.Add(next);
        }

        return definitions;
    }

    public static bool IsLink(IElement element) => element.LocalName == "a" && element.HasAttribute("href");

    public static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>Whether a <c>div</c>, <c>p</c> or <c>span</c> is styled as a heading by a class naming a heading's level:
    /// Bootstrap's <c>h5</c>, Webflow's Client-First <c>heading-style-h5</c>, <c>text-h3</c>, <c>title_h4</c>, where a
    /// builder writes no heading element.</summary>
    public static bool IsClassedAsHeading(IElement element)
    {
        if (element.LocalName is not ("div" or "p" or "span") || element.ClassName is not { Length: >= 2 } classes)
        {
            return false;
        }

        foreach (var range in classes.AsSpan().Split(' '))
        {
            var name = classes.AsSpan()[range];
            if (name.Length >= 2 && name[^2] is 'h' or 'H' && name[^1] is >= '1' and <= '6' && (name.Length == 2 || name[^3] is '-' or '_'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An element of running text (a link, a span, emphasis, a line break), which lays out no block of its own.</summary>
    public static bool IsInline(IElement element) =>
        element.LocalName is "a" or "span" or "strong" or "b" or "em" or "i" or "small" or "br" or "mark" or "bdi" or "abbr" or "sup" or "sub";

    /// <summary>A bold element: <c>&lt;strong&gt;</c>, <c>&lt;b&gt;</c>, or a <c>&lt;span&gt;</c> made bold by its own style
    /// (<c>font-weight: bold</c>, <c>bolder</c>, <c>600</c> or more), as Wix, Google Docs and pasted text write bold.</summary>
    /// <remarks>A span is bold by its page's style sheet too (<see cref="StyleSheetEmphasis"/>).</remarks>
    public static bool IsBold(IElement element) =>
        element.LocalName is "strong" or "b"
        || (element.LocalName == "span"
            && ((element.GetAttribute("style") is { } style && IsBoldStyle(style)) || StyleSheetEmphasis.Marks(element)));

    /// <summary>The bold element a line of text is: the element itself when bold, or the one bold element a
    /// <c>&lt;font&gt;</c> holds and nothing else (<c>&lt;font size="3"&gt;&lt;b&gt;STAFF ATTORNEY&lt;/b&gt;&lt;/font&gt;</c>, as
    /// pages written before style sheets set a line apart); null for any other element.</summary>
    public static IElement? BoldLine(IElement element) =>
        IsBold(element) ? element
            : element is { LocalName: "font", ChildElementCount: 1, FirstElementChild: { } inner } && IsBold(inner) && OpeningBlock.HoldsOnly(element, inner) ? inner
            : null;

    /// <summary>The bold element of an element that holds nothing but one bold line (<see cref="BoldLine"/>):
    /// <c>&lt;p&gt;&lt;strong&gt;Abogado/a&lt;/strong&gt;&lt;/p&gt;</c>, <c>&lt;p&gt;&lt;font&gt;&lt;b&gt;…&lt;/b&gt;&lt;/font&gt;&lt;/p&gt;</c>;
    /// null for any other element.</summary>
    public static IElement? OnlyBoldLine(IElement element) =>
        element is { ChildElementCount: 1, FirstElementChild: { } first } && BoldLine(first) is { } bold && OpeningBlock.HoldsOnly(element, first)
            ? bold
            : null;

    /// <summary>Whether a style (an element's or a style sheet rule's declarations) sets a bold weight.</summary>
    public static bool IsBoldStyle(string style)
    {
        var value = StyleValue(style, "font-weight");
        return value.StartsWith("bold", StringComparison.OrdinalIgnoreCase)
            || (value.Length == 3 && value[1] == '0' && value[2] == '0' && value[0] is >= '6' and <= '9');
    }

    /// <summary>Whether an inline style sets a font size well above body text (<c>font-size: 24pt</c>, <c>28px</c>,
    /// <c>1.5em</c>), as site builders write a heading they do not mark up as one.</summary>
    public static bool IsLargePrint(string style) => FontSizeInPoints(style) >= 15.6;

    /// <summary>The font size a style sets, in points (a pixel three quarters of one, an em or rem twelve); null when it
    /// sets none or in another unit.</summary>
    public static double? FontSizeInPoints(string style)
    {
        var value = StyleValue(style, "font-size");
        var digits = value.IndexOfAnyExcept(SizeDigits);
        if (digits <= 0 || !double.TryParse(value[..digits], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var size))
        {
            return null;
        }

        var unit = value[digits..].Trim();
        return unit.Equals("pt", StringComparison.OrdinalIgnoreCase) ? size
            : unit.Equals("px", StringComparison.OrdinalIgnoreCase) ? size * 0.75
            : unit.Equals("em", StringComparison.OrdinalIgnoreCase) || unit.Equals("rem", StringComparison.OrdinalIgnoreCase) ? size * 12
            : null;
    }

    /// <summary>The value an inline style gives a property, trimmed; empty when it gives none.</summary>
    private static ReadOnlySpan<char> StyleValue(string style, string property)
    {
        var at = style.IndexOf(property, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return [];
        }

        var value = style.AsSpan(at + property.Length).TrimStart(" \t:");
        var end = value.IndexOf(';');
        return (end >= 0 ? value[..end] : value).Trim();
    }

    private static readonly SearchValues<char> SizeDigits = SearchValues.Create("0123456789.");

    /// <summary>Whether the element's class attribute holds <paramref name="part"/>, as <c>[class*='part']</c> matches
    /// it: anywhere in the attribute, case and all.</summary>
    public static bool HasClassContaining(IElement element, string part) =>
        element.ClassName is { } classes && classes.Contains(part, StringComparison.Ordinal);
}
