using System.Globalization;
using System.Text;
using System.Xml;

namespace JobAggregator.Api.Feeds;

/// <summary>A feed as RSS 2.0, with the full description in <c>content:encoded</c> and the job fields in
/// <see cref="JobFeedNamespace"/>.</summary>
internal static class RssFeedWriter
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    public static byte[] Write(JobFeed feed)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
            xml.WriteAttributeString("xmlns", "content", null, ContentNamespace);
            xml.WriteAttributeString("xmlns", JobFeedNamespace.Prefix, null, JobFeedNamespace.Uri);
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", feed.Title);
            xml.WriteElementString("link", feed.SiteUrl);
            xml.WriteElementString("description", "Open positions at the network's member organisations.");
            xml.WriteElementString("language", "en");
            xml.WriteElementString("lastBuildDate", Date(feed.Updated));
            Link(xml, "self", feed.SelfUrl);
            if (feed.NextUrl is not null)
            {
                Link(xml, "next", feed.NextUrl);
            }

            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("item");
                xml.WriteElementString("title", entry.Title);
                xml.WriteElementString("link", entry.Id);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(entry.Id);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", Date(entry.Published));
                foreach (var category in entry.Categories)
                {
                    xml.WriteElementString("category", category);
                }

                if (entry.ContentHtml is not null)
                {
                    xml.WriteElementString("description", entry.ContentHtml);
                    xml.WriteElementString("content", "encoded", ContentNamespace, entry.ContentHtml);
                }

                JobFeedNamespace.WriteFields(xml, entry);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("atom", "link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
    }

    private static string Date(DateTimeOffset moment) => moment.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
