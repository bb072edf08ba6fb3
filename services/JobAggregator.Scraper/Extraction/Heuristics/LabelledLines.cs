using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>Reads the labelled lines of a posting's own page: "Location: Columbus, OH", "Salary: $17.89 – $50.98 per
/// hour", "Closing date: Mar 10, 2020" in paragraphs, list items or lines broken by <c>&lt;br&gt;</c>, a table row
/// whose header cell names the field, a <c>&lt;dt&gt;</c> and its <c>&lt;dd&gt;</c>, or an element its class marks as a
/// label and the value after it (Drupal's <c>field__label</c> and <c>field__item</c>).</summary>
internal static partial class LabelledLines
{
    public static PostingDraft Read(IElement content)
    {
        // One walk finds the lines, rows and terms; the rows and terms are read after every line, as a line's field
        // wins over a row's and a row's over a term's.
        var fields = new FoundFields();
        List<IElement>? rows = null;
        List<IElement>? terms = null;
        var walk = new PathWalk(content);
        while (walk.MoveNext())
        {
            var element = walk.Current;
            switch (element.LocalName)
            {
                case "div" or "span" when FieldLabels.IsMarkedLabel(element):
                    (terms ??= []).Add(element);
                    break;
                case "p" or "li" or "div" or "span" or "td" or "dd":
                    ReadLine(element, fields);
                    break;
                case "tr":
                    (rows ??= []).Add(element);
                    break;
                case "dt":
                    (terms ??= []).Add(element);
                    break;
            }
        }

        foreach (var row in rows ?? [])
        {
            // A two-cell row labels its second cell by its first, <th> or not (an editor's table of bold labels).
            if ((ElementWalk.FirstDescendant(row, e => e.LocalName == "th") ?? TwoCellLabel(row)) is { } header
                && ElementWalk.FirstDescendant(row, e => e.LocalName == "td" && e != header) is { } cell && FieldLabels.KindOf(header.TextContent) is var kind
                && kind is not (FieldKind.None or FieldKind.Title))
            {
                fields.Set(kind, PlainText.Of(cell));
            }
        }

        foreach (var term in terms ?? [])
        {
            if (term.NextElementSibling is { } definition && (term.LocalName != "dt" || definition.LocalName == "dd")
                && FieldLabels.KindOf(term.TextContent) is var kind
                && kind is not (FieldKind.None or FieldKind.Title))
            {
                fields.Set(kind, PlainText.Of(definition));
            }
        }

        return fields.AsDraft();
    }

    /// <summary>The job a line, term or table row labels as the title ("募集職種 | 事務局員（パートタイム）", "Position: Paralegal",
    /// "Puesto: Abogado/a"), the first one; null when none does. <see cref="Read"/> leaves titles out: a listing's blocks
    /// have theirs.</summary>
    public static string? Title(IElement content)
    {
        var walk = new PathWalk(content);
        while (walk.MoveNext())
        {
            var element = walk.Current;
            var title = element.LocalName switch
            {
                "dt" or "th" when element.NextElementSibling is { LocalName: "dd" or "td" } value
                    && FieldLabels.KindOf(element.TextContent) == FieldKind.Title => PlainText.Of(value),
                "p" or "li" when !HoldsBlock(element) && element.TextContent.AsSpan().IndexOfAny(':', '：') > 0
                    && PlainText.Of(element) is { } line && FieldLabels.Split(line) is (FieldKind.Title, _, { Length: > 0 } value) => value,
                _ => null,
            };
            if (title is not null)
            {
                return title;
            }
        }

        return null;
    }

    private static IElement? TwoCellLabel(IElement row) =>
        row.ChildElementCount == 2 && row.FirstElementChild is { LocalName: "td" } first && row.LastElementChild is { LocalName: "td" } ? first : null;

    /// <summary>A line holding no block of its own, read part by part between its <c>&lt;br&gt;</c>s.</summary>
    private static void ReadLine(IElement line, FoundFields fields)
    {
        if (HoldsBlock(line) || !MayHoldLabel(line))
        {
            return;
        }

        IReadOnlyList<string>? fromTree = PartsFromTree(line);
        foreach (var part in fromTree ?? LineBreak().Split(line.InnerHtml))
        {
            if ((fromTree is null ? PlainText.FromHtml(part) : PlainText.Collapse(part)) is not { } text)
            {
                continue;
            }

            foreach (var sentence in LabelledSentences(text))
            {
                if (FieldLabels.Split(sentence) is var (kind, label, value) && kind is not (FieldKind.None or FieldKind.Title))
                {
                    // A pay label that says which pay ("Renta bruta mensual", "Sueldo mensual") states the amount's period,
                    // as a pay column's header does (JobTables).
                    fields.Set(kind, FieldLabels.ValueUnder(kind, label, value));
                }
            }
        }
    }

    /// <summary>The line's parts between its <c>&lt;br&gt;</c>s as its markup gives them with every tag a space and its
    /// entities decoded, read from the tree instead of made into markup and back; null when the markup could say more
    /// than the tree (a comment, an element whose text is written as it stands, an attribute holding <c>&gt;</c>).</summary>
    private static List<string>? PartsFromTree(IElement line)
    {
        var parts = new List<string>();
        var part = new StringBuilder();
        if (!AppendParts(line, part, parts))
        {
            return null;
        }

        parts.Add(part.ToString());
        return parts;
    }

    private static bool AppendParts(INode node, StringBuilder part, List<string> parts)
    {
        for (var child = node.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child.NodeType == NodeType.Text)
            {
                part.Append(((IText)child).Data);
                continue;
            }

            if (child is not IElement element || LiteralTextElements.Contains(element.LocalName) || HasAttributeHoldingTagEnd(element))
            {
                return false;
            }

            // The markup's "<br>" (no attributes) is the one tag LineBreak splits at.
            if (element.LocalName == "br" && element.Attributes.Length == 0)
            {
                parts.Add(part.ToString());
                part.Clear();
                continue;
            }

            part.Append(' ');
            if (!AppendParts(element, part, parts))
            {
                return false;
            }

            part.Append(' ');
        }

        return true;
    }

    /// <summary>The elements whose text markup writes as it stands instead of escaped, and <c>&lt;template&gt;</c>, whose
    /// content is no child of it.</summary>
    private static readonly FrozenSet<string> LiteralTextElements =
        FrozenSet.Create(StringComparer.Ordinal, "script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript", "template");

    /// <summary>"Lieu : Paris. Gratification légale. Date limite : 15 janvier 2027." is three lines written as one: a
    /// line whose later sentence starts with a label of its own is read sentence by sentence, each without its full
    /// stop. A full stop inside a value ("St. Louis") splits nothing, as no label follows it.</summary>
    private static IEnumerable<string> LabelledSentences(string text)
    {
        if (!SentenceEnd().IsMatch(text))
        {
            return [text];
        }

        var sentences = SentenceEnd().Split(text);
        var labelledLater = sentences.Skip(1).Any(sentence => FieldLabels.Split(sentence).Kind is not FieldKind.None);
        return labelledLater ? sentences.Select(sentence => sentence.TrimEnd('.')) : [text];
    }

    private static bool HoldsBlock(IElement line)
    {
        var children = line.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            if (children[i] is IElement { LocalName: "p" or "li" or "div" or "ul" or "ol" or "table" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a line's markup, made into text as <see cref="Read"/> makes it, may hold a colon or a digit, without
    /// which <see cref="FieldLabels.Split"/> finds no label: its text holds one, or an entity (<c>&amp;</c>), a comment, a
    /// template or an attribute holding <c>&gt;</c> could make one. Most lines of a page hold none, and their markup is
    /// not worth making.</summary>
    private static bool MayHoldLabel(INode node)
    {
        var children = node.ChildNodes;
        for (var i = 0; i < children.Length; i++)
        {
            var mayHold = children[i] switch
            {
                IText text => HoldsLabelCharacter(text.Data),
                IElement element => element.LocalName == "template" || HasAttributeHoldingTagEnd(element) || MayHoldLabel(element),
                _ => true,
            };
            if (mayHold)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HoldsLabelCharacter(string text)
    {
        foreach (var c in text)
        {
            if (c is ':' or '：' or '&' || char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An attribute value holding <c>&gt;</c> ends its tag early when the markup's tags are dropped, leaving the
    /// rest of the value in the text.</summary>
    private static bool HasAttributeHoldingTagEnd(IElement element)
    {
        foreach (var attribute in element.Attributes)
        {
            if (attribute.Value.Contains('>', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreak();

    // A day's number ("24. Januar 2027", "1. April") ends no sentence: a number ends one when it is a year or follows a
    // letter ("TV-L E13.").
    [GeneratedRegex(@"(?<=(?:\p{Ll}\p{Ll}|\)|\d{3}|\p{L}\d{1,2})\.)\s+(?=\p{Lu})")]
    private static partial Regex SentenceEnd();
}
