using System.Text;
using System.Xml;

namespace JobAggregator.Api.Feeds;

/// <summary>A feed as Atom (RFC 4287), with the job fields in <see cref="JobFeedNamespace"/>.</summary>
internal static class AtomFeedWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    public static byte[] Write(JobFeed feed)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xmlns", JobFeedNamespace.Prefix, null, JobFeedNamespace.Uri);
            xml.WriteElementString("id", AtomNamespace, feed.SelfUrl);
            xml.WriteElementString("title", AtomNamespace, feed.Title);
            xml.WriteElementString("updated", AtomNamespace, XmlConvert.ToString(feed.Updated.ToUniversalTime()));
            Link(xml, "self", feed.SelfUrl, "application/atom+xml");
            Link(xml, "alternate", feed.SiteUrl, "text/html");
            if (feed.NextUrl is not null)
            {
                Link(xml, "next", feed.NextUrl, "application/atom+xml");
            }

            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, "JobAggregator");
            xml.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, entry.Id);
                xml.WriteElementString("title", AtomNamespace, entry.Title);
                xml.WriteElementString("published", AtomNamespace, XmlConvert.ToString(entry.Published.ToUniversalTime()));
                xml.WriteElementString("updated", AtomNamespace, XmlConvert.ToString(entry.Updated.ToUniversalTime()));
                Link(xml, "alternate", entry.Id, "text/html");
                if (entry.SourceUrl is not null)
                {
                    Link(xml, "via", entry.SourceUrl, "text/html");
                }

                xml.WriteStartElement("author", AtomNamespace);
                xml.WriteElementString("name", AtomNamespace, entry.Organization);
                xml.WriteEndElement();
                foreach (var category in entry.Categories)
                {
                    xml.WriteStartElement("category", AtomNamespace);
                    xml.WriteAttributeString("term", category);
                    xml.WriteEndElement();
                }

                if (entry.ContentHtml is not null)
                {
                    xml.WriteStartElement("content", AtomNamespace);
                    xml.WriteAttributeString("type", "html");
                    xml.WriteString(entry.ContentHtml);
                    xml.WriteEndElement();
                }

                JobFeedNamespace.WriteFields(xml, entry);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
