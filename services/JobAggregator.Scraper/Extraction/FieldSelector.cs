using System.Text.RegularExpressions;
using AngleSharp.Dom;
using JobAggregator.Sources;

namespace JobAggregator.Scraper.Extraction;

/// <summary>One configured selector: CSS, CSS ending in <c>@attribute</c>, or <c>label:Text</c> for the value beside a
/// label (see <see cref="Sources.SelectorSet"/>).</summary>
internal sealed partial class FieldSelector
{
    private static readonly string[] LabelElements = ["th", "dt", "label", "strong", "b", "td", "span", "em", "h3", "h4"];

    private readonly string? _css;
    private readonly string? _attribute;
    private readonly string? _label;

    private FieldSelector(string? css, string? attribute, string? label)
    {
        _css = css;
        _attribute = attribute;
        _label = label;
    }

    public static FieldSelector? Parse(string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector))
        {
            return null;
        }

        var (css, attribute, label) = SelectorSyntax.Split(selector);
        return new FieldSelector(css, attribute, label is null ? null : NormaliseLabel(label));
    }

    /// <summary>The text (or attribute) the selector points at inside <paramref name="scope"/>.</summary>
    public string? Text(IParentNode scope)
    {
        if (_label is not null)
        {
            return LabelledValue(scope)?.TextContent;
        }

        var element = scope.QuerySelector(_css!);
        if (element is null)
        {
            return null;
        }

        return _attribute is null ? element.TextContent : element.GetAttribute(_attribute);
    }

    /// <summary>The inner HTML the selector points at, for descriptions.</summary>
    public string? Html(IParentNode scope)
    {
        if (_attribute is not null)
        {
            return Text(scope);
        }

        var element = _label is not null ? LabelledValue(scope) : scope.QuerySelector(_css!);
        return element?.InnerHtml;
    }

    /// <summary>The element the selector points at, for links; attribute selectors have no element of their own.</summary>
    public IElement? Element(IParentNode scope) =>
        _label is not null ? LabelledValue(scope) : scope.QuerySelector(_css!);

    public string? Attribute => _attribute;

    private IElement? LabelledValue(IParentNode scope)
    {
        foreach (var candidate in scope.QuerySelectorAll(string.Join(',', LabelElements)))
        {
            if (!string.Equals(NormaliseLabel(candidate.TextContent), _label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (candidate.LocalName is "th" or "dt" or "label" or "td")
            {
                if (candidate.NextElementSibling is { } value)
                {
                    return value;
                }

                continue;
            }

            // An inline lead-in such as <p><strong>Salary:</strong> $36,000</p>: the value is the rest of the parent.
            if (candidate.ParentElement is { } parent)
            {
                var copy = (IElement)parent.Clone(deep: true);
                copy.QuerySelector(candidate.LocalName)?.Remove();
                return copy;
            }
        }

        return null;
    }

    private static string NormaliseLabel(string text) =>
        Whitespace().Replace(text, " ").Trim().TrimEnd(':').Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
