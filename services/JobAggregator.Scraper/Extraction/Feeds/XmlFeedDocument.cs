using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace JobAggregator.Scraper.Extraction.Feeds;

/// <summary>Parses a feed's XML, tolerating the faults real feeds have: first strictly; then after repairing a raw
/// <c>&amp;</c> that starts no entity and HTML's named entities (<c>&amp;nbsp;</c>, <c>&amp;eacute;</c>) that XML does
/// not define; then with <see cref="TolerantXml"/>, which reads any tag soup.</summary>
internal static partial class XmlFeedDocument
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        CheckCharacters = false,
        IgnoreComments = true,
    };

    private static readonly HashSet<string> XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    public static XDocument? Parse(string text, CancellationToken cancellationToken = default)
    {
        var trimmed = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return Strict(trimmed) ?? Strict(Repair(trimmed)) ?? TolerantXml.Parse(trimmed, cancellationToken);
    }

    private static XDocument? Strict(string text)
    {
        try
        {
            if (NestsTooDeep(text))
            {
                return null;
            }

            using var reader = XmlReader.Create(new StringReader(text), Settings);
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    /// <summary>Whether the elements nest deeper than <see cref="TolerantXml.MaxDepth"/>, read until they do: loading a
    /// document of 100,000 unclosed elements costs minutes, and no feed nests that deep.</summary>
    private static bool NestsTooDeep(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), Settings);
        while (reader.Read())
        {
            if (reader.Depth > TolerantXml.MaxDepth)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with every raw <c>&amp;</c> escaped and every HTML named entity made a numeric one, outside
    /// CDATA sections (whose text is literal).</summary>
    internal static string Repair(string text)
    {
        var repaired = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (Match cdata in CData().Matches(text))
        {
            repaired.Append(RepairEntities(text[position..cdata.Index])).Append(cdata.Value);
            position = cdata.Index + cdata.Length;
        }

        repaired.Append(RepairEntities(text[position..]));
        return InvalidCharacters().Replace(repaired.ToString(), "");
    }

    private static string RepairEntities(string text) =>
        Ampersand().Replace(text, match =>
        {
            var name = match.Groups["name"];
            if (!name.Success)
            {
                return match.Groups["numeric"].Success ? match.Value : "&amp;";
            }

            if (XmlEntities.Contains(name.Value))
            {
                return match.Value;
            }

            var decoded = WebUtility.HtmlDecode(match.Value);
            return decoded == match.Value
                ? "&amp;" + match.Value[1..]
                : string.Concat(decoded.EnumerateRunes().Select(r => "&#" + r.Value.ToString(CultureInfo.InvariantCulture) + ";"));
        });

    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>", RegexOptions.Singleline)]
    private static partial Regex CData();

    [GeneratedRegex(@"&(?:(?<numeric>#(?:\d+|[xX][0-9a-fA-F]+);)|(?<name>[A-Za-z][A-Za-z0-9]*);)?")]
    private static partial Regex Ampersand();

    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F]")]
    private static partial Regex InvalidCharacters();
}
