using System.Text;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Openings a post writes as bold lines in one container broken by <c>&lt;br&gt;</c>s, as Blogger's editor writes
/// a post body: "<c>&lt;b&gt;Vaga 1 – Assistente Social&lt;/b&gt;&lt;br&gt;Local: Belo Horizonte/MG&lt;br&gt;…&lt;br&gt;&lt;br&gt;&lt;b&gt;Vaga 2 –
/// Psicólogo(a)&lt;/b&gt;&lt;br&gt;…</c>". Each bold line of its own is a title; the lines after it, up to a blank line, the
/// next title or a block, are its facts; a line after the last opening's may state a closing date for all.</summary>
/// <remarks>A paragraph's or a list item's first bold line is read where those are (<see cref="OpeningBlocks"/>): only
/// the bold lines of other containers are asked, and only where the container holds two of them or more.</remarks>
internal static class BoldLineTitles
{
    /// <summary>Whether the element is a bold line of its own (nothing but a <c>&lt;br&gt;</c>, a block or the container's
    /// start before it, a <c>&lt;br&gt;</c> after it) in a container other than a paragraph or list item that holds another.</summary>
    public static bool IsTitle(IElement element) =>
        element.LocalName is "b" or "strong" && element.ParentElement is { LocalName: "div" or "td" or "blockquote" or "section" or "article" } container
        && StandsAlone(element) && HoldsAnother(container, element);

    /// <summary>The nodes of the lines after the title, up to a blank line (two <c>&lt;br&gt;</c>s with nothing between), the
    /// next title (<paramref name="isTitle"/>) or a block.</summary>
    public static List<INode> LinesAfter(IElement title, Func<IElement, bool> isTitle)
    {
        var lines = new List<INode>();
        var lineHasText = true;
        for (var node = title.NextSibling; node is not null; node = node.NextSibling)
        {
            if (node is IElement element)
            {
                if (element.LocalName == "br")
                {
                    if (!lineHasText && lines.Count > 0)
                    {
                        break;
                    }

                    lineHasText = false;
                }
                else if (isTitle(element) || !ElementWalk.IsInline(element))
                {
                    break;
                }
                else
                {
                    lineHasText = true;
                }
            }
            else if (!string.IsNullOrWhiteSpace(node.TextContent))
            {
                lineHasText = true;
            }

            lines.Add(node);
        }

        return lines;
    }

    /// <summary>A detached element holding copies of the lines, for the block readers that read an element.</summary>
    public static IElement Holder(IElement title, List<INode> lines)
    {
        var holder = title.Owner!.CreateElement("div");
        foreach (var node in lines)
        {
            holder.AppendChild(node.Clone());
        }

        return holder;
    }

    /// <summary>The closing date the first line after <paramref name="last"/> in its container that states one states
    /// ("<c>&lt;b&gt;Inscrições:&lt;/b&gt; de 7 a 18 de dezembro de 2026, pelo e-mail …</c>" after the last opening's lines); null
    /// when none does.</summary>
    public static string? ClosingAfter(INode last)
    {
        var line = new StringBuilder();
        for (var node = last.NextSibling; ; node = node.NextSibling)
        {
            if (node is null or IElement { LocalName: "br" } || (node is IElement block && !ElementWalk.IsInline(block)))
            {
                if (PlainText.Collapse(line.ToString()) is { } text
                    && (ProseFields.ClosingDate(text) ?? (FieldLabels.Split(text) is (FieldKind.ValidThrough, _, { Length: > 0 } value) ? value : null)) is { } closing)
                {
                    return closing;
                }

                if (node is null || node is IElement { LocalName: not "br" })
                {
                    return null;
                }

                line.Clear();
                continue;
            }

            line.Append(node.TextContent);
        }
    }

    private static bool StandsAlone(IElement bold)
    {
        var before = bold.PreviousSibling;
        while (before is IText { Data: var data } && string.IsNullOrWhiteSpace(data))
        {
            before = before.PreviousSibling;
        }

        var after = bold.NextSibling;
        while (after is IText { Data: var text } && string.IsNullOrWhiteSpace(text))
        {
            after = after.NextSibling;
        }

        return after is IElement { LocalName: "br" }
            && (before is null || before is IElement { LocalName: "br" } || (before is IElement element && !ElementWalk.IsInline(element)))
            && PlainText.Collapse(bold.TextContent) is not null;
    }

    private static bool HoldsAnother(IElement container, IElement bold)
    {
        for (var child = container.FirstElementChild; child is not null; child = child.NextElementSibling)
        {
            if (child != bold && child.LocalName is "b" or "strong" && StandsAlone(child))
            {
                return true;
            }
        }

        return false;
    }
}
