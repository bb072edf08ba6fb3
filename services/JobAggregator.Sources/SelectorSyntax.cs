using System.Text.RegularExpressions;
using AngleSharp.Css.Parser;

namespace JobAggregator.Sources;

/// <summary>How a configured selector is written (see <see cref="SelectorSet"/>): <c>label:Text</c>, or CSS optionally
/// ending in <c>@attribute</c>. Read here once, so the sources file is checked by the same rules the scraper applies.</summary>
public static partial class SelectorSyntax
{
    private const string LabelPrefix = "label:";

    private static readonly CssSelectorParser Css = new();

    /// <summary>The selector's parts: the label text of a <c>label:</c> selector, else the CSS and the attribute to
    /// read, if any.</summary>
    public static (string? Css, string? Attribute, string? Label) Split(string selector)
    {
        if (selector.StartsWith(LabelPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return (null, null, selector[LabelPrefix.Length..]);
        }

        var at = AttributeSuffix().Match(selector);
        return at.Success ? (selector[..at.Index], at.Groups[1].Value, null) : (selector, null, null);
    }

    /// <summary>What is wrong with the selector, in words; null when the scraper can use it.</summary>
    public static string? Problem(string selector)
    {
        var (css, _, label) = Split(selector);
        if (label is not null)
        {
            return string.IsNullOrWhiteSpace(label) ? "'label:' needs the label's text after it" : null;
        }

        if (string.IsNullOrWhiteSpace(css))
        {
            return $"'{selector}' names an attribute but no element to read it from";
        }

        return Css.ParseSelector(css) is null ? $"'{css}' is not a CSS selector the scraper can read" : null;
    }

    [GeneratedRegex(@"@([A-Za-z_:][-A-Za-z0-9_:.]*)\s*$")]
    private static partial Regex AttributeSuffix();
}
