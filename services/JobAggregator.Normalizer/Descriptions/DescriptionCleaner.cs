using AngleSharp;
using AngleSharp.Dom;
using Ganss.Xss;
using JobAggregator.Normalizer.Text;
using JobAggregator.Text;

namespace JobAggregator.Normalizer.Descriptions;

/// <summary>Sanitises description HTML down to the structure a job ad needs and derives its plain text.</summary>
/// <remarks>Thread-safe after construction: the sanitiser is only configured here and each call parses its own
/// document, once, for both the HTML and the text.</remarks>
internal sealed class DescriptionCleaner
{
    private static readonly string[] AllowedTags =
    [
        "p", "br", "div", "ul", "ol", "li", "strong", "em", "b", "i", "u", "a",
        "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code", "hr", "sub", "sup",
        "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    ];

    // Elements whose content is code, styling, embedded documents or form controls: dropped with everything in them.
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed",
        "noframes", "template", "svg", "math", "canvas", "audio", "video", "select", "textarea", "button", "input",
        "head", "title", "meta", "link", "base", "form",
    };

    // Sectioning elements keep their line breaks by becoming divs instead of being unwrapped into running text.
    private static readonly HashSet<string> BecomeDiv = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "article", "header", "footer", "main", "aside", "nav", "address", "center", "figure",
        "figcaption", "details", "summary", "fieldset",
    };

    private readonly HtmlSanitizer _sanitizer;

    public DescriptionCleaner()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith(AllowedTags);
        options.AllowedAttributes.UnionWith(["href", "colspan", "rowspan"]);
        options.UriAttributes.Add("href");
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        _sanitizer = new HtmlSanitizer(options)
        {
            // Unknown wrappers (span, font, ...) are unwrapped rather than dropped with the ad text inside them.
            KeepChildNodes = true,
        };
        _sanitizer.RemovingTag += OnRemovingTag;
        _sanitizer.PostProcessNode += OnPostProcessNode;
    }

    /// <param name="html">The description as scraped, HTML or plain text.</param>
    /// <param name="baseUrl">The posting's own address, to make relative links absolute; null keeps them as they are.</param>
    public CleanDescription Clean(string? html, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return CleanDescription.None;
        }

        // Most ads are already clean markup, which the parser and the sanitiser would leave as it is.
        return SimpleMarkup.TryClean(html, out var simple) ? simple : CleanByParsing(html, baseUrl);
    }

    /// <summary>Every description as the sanitiser cleans it; <see cref="Clean"/> takes this path for all but the
    /// simple markup <see cref="SimpleMarkup"/> reads, whose output is the same.</summary>
    internal CleanDescription CleanByParsing(string html, string? baseUrl)
    {
        var resolveAgainst = baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out _) ? baseUrl : string.Empty;
        // One parse: the sanitised document gives both the HTML (as Sanitize would write it) and the text.
        using var document = _sanitizer.SanitizeDom(html, resolveAgainst);
        if (document.Body is not { } body)
        {
            return CleanDescription.None;
        }

        var sanitized = body.ChildNodes.ToHtml(_sanitizer.OutputFormatter).Trim();
        // The text is shown as text, but a client may still put it in HTML: entity-encoded markup in the ad
        // ("&lt;script&gt;") decodes into tags here, and goes as it does from every plain field.
        var text = sanitized.Length == 0 ? null : HtmlToText.Lines(body) is { } lines ? Markup.Strip(lines).Trim() : null;
        return string.IsNullOrEmpty(text) ? CleanDescription.None : new CleanDescription(sanitized, text);
    }

    private static void OnRemovingTag(object? sender, RemovingTagEventArgs e)
    {
        if (e.Reason != RemoveReason.NotAllowedTag)
        {
            return;
        }

        var tag = e.Tag;
        if (DroppedWithContent.Contains(tag.LocalName))
        {
            e.Cancel = true;
            tag.Remove();
        }
        else if (BecomeDiv.Contains(tag.LocalName) || tag.LocalName.Equals("h1", StringComparison.OrdinalIgnoreCase))
        {
            // The posting's title is the page's h1; inside a description a top-level heading is a section heading.
            e.Cancel = true;
            var replacement = tag.Owner!.CreateElement(tag.LocalName.Equals("h1", StringComparison.OrdinalIgnoreCase) ? "h2" : "div");
            replacement.Append([.. tag.ChildNodes]);
            tag.Replace(replacement);
        }
    }

    private static void OnPostProcessNode(object? sender, PostProcessNodeEventArgs e)
    {
        // A link that lost its href to the scheme filter is no longer a link.
        if (e.Node is IElement { LocalName: "a" } anchor && !anchor.HasAttribute("href"))
        {
            foreach (var child in anchor.ChildNodes.ToList())
            {
                e.ReplacementNodes.Add(child);
            }
        }
    }
}
