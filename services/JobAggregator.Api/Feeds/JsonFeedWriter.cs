using System.Globalization;
using System.Text.Json;

namespace JobAggregator.Api.Feeds;

/// <summary>A feed as JSON Feed 1.1, with the structured job fields in each item's <c>_job</c> extension object.</summary>
internal static class JsonFeedWriter
{
    public const string ContentType = "application/feed+json; charset=utf-8";

    public static byte[] Write(JobFeed feed)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", feed.Title);
            json.WriteString("home_page_url", feed.SiteUrl);
            json.WriteString("feed_url", feed.SelfUrl);
            if (feed.NextUrl is not null)
            {
                json.WriteString("next_url", feed.NextUrl);
            }

            json.WriteString("language", "en");
            json.WriteStartArray("items");
            foreach (var entry in feed.Entries)
            {
                WriteItem(json, entry);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }

    private static void WriteItem(Utf8JsonWriter json, JobFeedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("url", entry.Id);
        String(json, "external_url", entry.SourceUrl);
        json.WriteString("title", entry.Title);
        // JSON Feed requires content_html or content_text: an opening with no description says where to read it.
        json.WriteString("content_html", entry.ContentHtml ?? "<p>See the opening's page for its description.</p>");
        json.WriteString("date_published", entry.Published.ToUniversalTime());
        json.WriteString("date_modified", entry.Updated.ToUniversalTime());
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", entry.Organization);
        json.WriteEndObject();
        json.WriteEndArray();
        if (entry.Categories.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var category in entry.Categories)
            {
                json.WriteStringValue(category);
            }

            json.WriteEndArray();
        }

        String(json, "language", entry.Language);
        json.WriteStartObject("_job");
        json.WriteString("organization", entry.Organization);
        String(json, "location", entry.Place);
        String(json, "city", entry.Location.City);
        String(json, "region", entry.Location.Region);
        String(json, "country", entry.Location.Country);
        json.WriteBoolean("remote", entry.Location.Remote);
        json.WriteBoolean("hybrid", entry.Location.Hybrid);
        String(json, "employmentType", entry.EmploymentType);
        if (entry.Salary is { } salary)
        {
            json.WriteStartObject("salary");
            Number(json, "min", salary.Min);
            Number(json, "max", salary.Max);
            String(json, "currency", salary.Currency);
            String(json, "period", salary.Period);
            String(json, "text", salary.Text);
            Number(json, "annualMin", salary.AnnualMin);
            Number(json, "annualMax", salary.AnnualMax);
            json.WriteEndObject();
        }

        String(json, "datePosted", entry.DatePosted?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        String(json, "validThrough", entry.ValidThrough?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteBoolean("openUntilFilled", entry.OpenUntilFilled);
        String(json, "applyUrl", entry.ApplyUrl);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }
}
