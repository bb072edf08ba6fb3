using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace JobAggregator.Scraper.Extraction.Heuristics;

/// <summary>An opening's facts kept away from its card, in what a button of the card shows: a Bootstrap modal
/// (<c>data-bs-target="#job1"</c>), a <c>&lt;dialog&gt;</c>, or a <c>&lt;template&gt;</c> a script copies into one
/// (<c>data-offre="offre-1"</c>), or a footnote its note reference points at (Goldmark's and Pandoc's <c>a.footnote-ref</c>,
/// <c>role="doc-noteref"</c>; WordPress' <c>sup.fn &gt; a</c>: "Salary: see note¹"). The card's own facts win; what it shows
/// fills the rest.</summary>
/// <remarks>Asked only of the openings a listing has chosen, once each.</remarks>
internal static class ShownDetails
{
    public static PostingDraft Complete(PostingDraft fields, OpeningBlock block, string title, IDocument document)
    {
        IElement? shown = null;
        var control = block.FirstDescendant(e => e.LocalName is "button" or "a" && (shown = ShownBy(e, document)) is not null);
        if (shown is null)
        {
            return fields;
        }

        // "Salary: see note¹" states no pay of its own: the note does.
        if (control is not null && IsNoteReference(control) && fields.SalaryText is { } pointer
            && !pointer.Replace(control.TextContent.Trim(), "", StringComparison.Ordinal).Any(char.IsAsciiDigit))
        {
            fields = fields with { SalaryText = null };
        }

        var facts = shown is IHtmlTemplateElement template ? template.Content.Children.ToList() : [shown];
        // The shown element names the opening again ("modal-title"): that heading is no fact.
        var repeated = facts.Select(f => ElementWalk.FirstDescendant(f, e => ElementWalk.IsHeading(e) || IsDialogTitle(e)))
            .FirstOrDefault(h => h is not null && PlainText.Of(h) == title);
        var read = facts.Count == 1 ? BlockFields.Read(facts[0], repeated) : BlockFields.ReadRun(facts);
        return read.CompletedBy(fields);
    }

    /// <summary>The element the control shows: one its <c>data-bs-target</c>, <c>data-target</c>, <c>aria-controls</c> or
    /// in-page <c>href</c> names, or one of its other <c>data-</c> values names by id, when that element is held out of
    /// view for the purpose (a modal, a dialog, a template) or the control is a note reference (the note is the target).</summary>
    private static IElement? ShownBy(IElement control, IDocument document)
    {
        foreach (var attribute in control.Attributes)
        {
            var (name, value) = (attribute.Name, attribute.Value);
            var id = name is "data-bs-target" or "data-target" or "href" ? (value.Length > 1 && value[0] == '#' ? value[1..] : null)
                : name == "aria-controls" || name.StartsWith("data-", StringComparison.Ordinal) ? value
                : null;
            if (id is { Length: > 0 } && document.GetElementById(id) is { } target && (IsHeldOutOfView(target) || IsNoteReference(control)))
            {
                return target;
            }
        }

        return null;
    }

    private static bool IsHeldOutOfView(IElement element) =>
        element.LocalName is "template" or "dialog"
        || element.GetAttribute("role") is "dialog"
        || element.ClassList.Contains("modal");

    private static bool IsNoteReference(IElement control) =>
        control.GetAttribute("role") is "doc-noteref"
        || control.ClassList.Contains("footnote-ref")
        || control.ParentElement is { LocalName: "sup" } sup && sup.ClassList.Contains("fn");

    private static bool IsDialogTitle(IElement element) =>
        element.ClassName is { } classes && classes.Contains("modal-title", StringComparison.Ordinal);
}
