using System.Globalization;
using System.Xml;

namespace JobAggregator.Api.Feeds;

/// <summary>The job fields RSS and Atom have no element for, in a namespace of their own (<c>job:location</c>,
/// <c>job:salary min= max= currency= period=</c>, <c>job:validThrough</c>), named as feed readers of job boards,
/// the scraper's among them, look for them.</summary>
internal static class JobFeedNamespace
{
    public const string Prefix = "job";
    public const string Uri = "https://jobaggregator.dev/ns/job/1.0";

    public static void WriteFields(XmlWriter xml, JobFeedEntry entry)
    {
        Element(xml, "organization", entry.Organization);
        Element(xml, "location", entry.Place);
        Element(xml, "country", entry.Location.Country);
        Element(xml, "remote", entry.Location.Remote ? "true" : null);
        Element(xml, "hybrid", entry.Location.Hybrid ? "true" : null);
        Element(xml, "employmentType", entry.EmploymentType);
        if (entry.Salary is { } salary && (salary.Min is not null || salary.Max is not null))
        {
            xml.WriteStartElement(Prefix, "salary", Uri);
            Attribute(xml, "min", salary.Min);
            Attribute(xml, "max", salary.Max);
            Attribute(xml, "currency", salary.Currency);
            Attribute(xml, "period", salary.Period);
            xml.WriteString(salary.Text ?? "");
            xml.WriteEndElement();
        }

        Element(xml, "datePosted", entry.DatePosted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Element(xml, "validThrough", entry.ValidThrough?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Element(xml, "openUntilFilled", entry.OpenUntilFilled ? "true" : null);
        Element(xml, "applyUrl", entry.ApplyUrl);
        Element(xml, "language", entry.Language);
    }

    private static void Element(XmlWriter xml, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            xml.WriteElementString(Prefix, name, Uri, value);
        }
    }

    private static void Attribute(XmlWriter xml, string name, object? value)
    {
        if (value is not null)
        {
            xml.WriteAttributeString(name, Convert.ToString(value, CultureInfo.InvariantCulture));
        }
    }
}
