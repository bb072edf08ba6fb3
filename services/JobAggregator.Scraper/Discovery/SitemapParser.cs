using System.Xml;

namespace JobAggregator.Scraper.Discovery;

/// <summary>Reads the sitemaps.org formats: XML urlsets and sitemap indexes, and plain text with one URL a line.</summary>
internal static class SitemapParser
{
    // Sitemaps.org caps a sitemap at 50,000 URLs; a file past that is not a sitemap worth reading on.
    private const int MaxEntries = 50_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CheckCharacters = false,
    };

    /// <summary>Every absolute http(s) address listed, in file order. A file that breaks off, or is not a sitemap at all
    /// (a soft 404 page), gives what was read before the break, often nothing: never an exception.</summary>
    public static SitemapContent Parse(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            return SitemapContent.Empty;
        }

        return trimmed[0] == '<' ? ParseXml(text) : ParseLines(text);
    }

    private static SitemapContent ParseXml(string xml)
    {
        var pages = new List<Uri>();
        var sitemaps = new List<Uri>();
        List<Uri>? current = null;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            var more = reader.Read();
            while (more && pages.Count + sitemaps.Count < MaxEntries)
            {
                // A page's own address sits at depth 2 (urlset, url, loc); deeper locs are its images' and videos'.
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "loc" && reader.Depth == 2 && current is not null)
                {
                    // Reading the content moves the reader past </loc>, onto the next node already.
                    if (Absolute(reader.ReadElementContentAsString()) is { } address)
                    {
                        current.Add(address);
                    }

                    more = !reader.EOF;
                    continue;
                }

                if (reader.NodeType == XmlNodeType.Element && reader.Depth == 1)
                {
                    current = reader.LocalName switch
                    {
                        "url" => pages,
                        "sitemap" => sitemaps,
                        _ => null,
                    };
                }

                more = reader.Read();
            }
        }
        catch (XmlException)
        {
            // A broken or non-XML body: keep what was read before the break.
        }

        return new SitemapContent(pages, sitemaps);
    }

    private static SitemapContent ParseLines(string text)
    {
        var pages = text.Split('\n')
            .Select(line => Absolute(line))
            .OfType<Uri>()
            .Take(MaxEntries)
            .ToList();
        return new SitemapContent(pages, []);
    }

    private static Uri? Absolute(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var address) && address.Scheme is "http" or "https" ? address : null;
}
