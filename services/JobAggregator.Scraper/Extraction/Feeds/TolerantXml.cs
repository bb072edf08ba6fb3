using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Reads markup that no XML parser accepts (unclosed or misnested tags, stray <c>&lt;</c>, undeclared
/// prefixes) into an element tree, the way a browser reads tag soup: unknown end tags are ignored, an end tag closes
/// whatever it encloses, and text is decoded with HTML's entities. The tree it builds stays shallow whatever the markup:
/// an item or entry ends where the next begins (a feed that never closes its items would otherwise nest each inside the
/// one before, and every reader of the tree would cost the square of their number), and start tags past
/// <see cref="MaxDepth"/> are dropped, their text kept one level up.</summary>
/// <remarks>AngleSharp's XML parser is a package of its own, and its HTML parser would wreck a feed: it treats
/// <c>&lt;link&gt;</c> as a void element (losing RSS links) and CDATA as a comment (losing descriptions).</remarks>
internal static partial class TolerantXml
{
    /// <summary>Far deeper than any feed nests (rss, channel, item, a field, markup inside it).</summary>
    public const int MaxDepth = 64;

    private const string PrefixNamespace = "urn:x-prefix:";

    /// <summary>Elements that never hold one of their own: an unclosed one is closed by the next.</summary>
    private static readonly HashSet<string> Siblings = new(StringComparer.OrdinalIgnoreCase) { "item", "entry", "job", "vacancy", "position", "posting" };

    public static XDocument? Parse(string text, CancellationToken cancellationToken = default)
    {
        XElement? root = null;
        var open = new List<XElement>();
        var tokens = 0;
        foreach (Match token in Token().Matches(text))
        {
            if (++tokens % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var current = open.Count > 0 ? open[^1] : null;
            if (token.Groups["cdata"].Success)
            {
                current?.Add(new XCData(token.Groups["cdata"].Value));
            }
            else if (token.Groups["end"].Success)
            {
                var name = ToName(token.Groups["end"].Value);
                var index = open.FindLastIndex(e => e.Name == name);
                if (index >= 0)
                {
                    open.RemoveRange(index, open.Count - index);
                }
            }
            else if (token.Groups["start"].Success)
            {
                var element = new XElement(ToName(token.Groups["start"].Value));
                if (Siblings.Contains(element.Name.LocalName) && open.FindLastIndex(e => e.Name == element.Name) is var same and >= 0)
                {
                    open.RemoveRange(same, open.Count - same);
                    current = open.Count > 0 ? open[^1] : null;
                }

                if (open.Count >= MaxDepth)
                {
                    continue;
                }

                foreach (Match attribute in Attribute().Matches(token.Groups["attributes"].Value))
                {
                    var attributeName = attribute.Groups["name"].Value;
                    if (attributeName.StartsWith("xmlns", StringComparison.Ordinal) || element.Attribute(ToName(attributeName)) is not null)
                    {
                        continue;
                    }

                    var value = attribute.Groups["dq"].Success ? attribute.Groups["dq"].Value
                        : attribute.Groups["sq"].Success ? attribute.Groups["sq"].Value
                        : attribute.Groups["bare"].Value;
                    element.SetAttributeValue(ToName(attributeName), WebUtility.HtmlDecode(value));
                }

                if (current is null)
                {
                    if (root is not null)
                    {
                        continue;
                    }

                    root = element;
                }
                else
                {
                    current.Add(element);
                }

                if (!token.Groups["selfClosing"].Value.Contains('/', StringComparison.Ordinal))
                {
                    open.Add(element);
                }
            }
            else if (token.Groups["text"].Success)
            {
                current?.Add(new XText(WebUtility.HtmlDecode(token.Groups["text"].Value)));
            }
        }

        return root is null ? null : new XDocument(root);
    }

    /// <summary>A prefixed name keeps its prefix as a namespace of its own, so that readers can tell <c>job:location</c>
    /// from <c>location</c> by namespace, as they do after a strict parse.</summary>
    private static XName ToName(string name)
    {
        var colon = name.IndexOf(':', StringComparison.Ordinal);
        var local = XmlSafe().Replace(colon >= 0 ? name[(colon + 1)..] : name, "_");
        if (local.Length == 0 || !char.IsLetter(local[0]) && local[0] != '_')
        {
            local = "_" + local;
        }

        return colon > 0 ? XNamespace.Get(PrefixNamespace + name[..colon]) + local : XName.Get(local);
    }

    [GeneratedRegex("""<!\[CDATA\[(?<cdata>.*?)\]\]>|<!--.*?-->|<\?.*?\?>|<![^>]*>|</\s*(?<end>[^\s>]+)\s*>|<(?<start>[A-Za-z_][\w:.\-]*)(?<attributes>(?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(?<selfClosing>/?)>|(?<text>[^<]+|<)""", RegexOptions.Singleline)]
    private static partial Regex Token();

    [GeneratedRegex("""(?<name>[^\s=/>]+)(?:\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s>]+)))?""")]
    private static partial Regex Attribute();

    [GeneratedRegex(@"[^\w.\-]")]
    private static partial Regex XmlSafe();
}
