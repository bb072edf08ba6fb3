using System.Globalization;
using System.Text;

namespace JobAggregator.Scraper.Tests.Budgets;

/// <summary>Pages under the size cap that once cost minutes of CPU, as an attacker or a broken site would serve them.</summary>
internal static class HostilePages
{
    /// <summary>An RSS feed whose items are never closed: each nests inside the one before, 100,000 deep.</summary>
    public static string UnclosedFeed(int items = 100_000)
    {
        var feed = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Jobs</title>");
        for (var i = 0; i < items; i++)
        {
            feed.Append(CultureInfo.InvariantCulture, $"<item><title>Staff Attorney {i}");
        }

        return feed.ToString();
    }

    /// <summary>One JSON-LD JobPosting whose description is <paramref name="depth"/> nested divs.</summary>
    public static string NestedJsonLdDescription(int depth = 100_000)
    {
        var description = string.Concat(Enumerable.Repeat("<div>", depth)) + "Represent clients." + string.Concat(Enumerable.Repeat("</div>", depth));
        return "<html><head><script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\","
            + "\"title\":\"Staff Attorney\",\"hiringOrganization\":{\"@type\":\"Organization\",\"name\":\"Example Innocence Project\"},"
            + "\"url\":\"https://members.test/jobs/staff-attorney/\",\"description\":\"" + description + "\"}</script></head>"
            + "<body><h1>Staff Attorney</h1></body></html>";
    }

    /// <summary>A flat listing of <paramref name="blocks"/> repeated job blocks (3.8 MB at 30,000).</summary>
    public static string FlatListing(int blocks = 30_000)
    {
        var page = new StringBuilder("<html><head><title>Careers</title></head><body><h1>Open positions</h1><div class=\"jobs\">");
        for (var i = 0; i < blocks; i++)
        {
            page.Append(CultureInfo.InvariantCulture,
                $"<div class=\"job\"><h3><a href=\"/jobs/{i}/\">Staff Attorney {i}</a></h3><p class=\"where\">Location: Springfield, IL</p></div>\n");
        }

        return page.Append("</div></body></html>").ToString();
    }

    /// <summary>A job table of <paramref name="rows"/> rows with labelled columns (4.6 MB at 50,000).</summary>
    public static string JobTable(int rows = 50_000)
    {
        var page = new StringBuilder("<html><head><title>Careers</title></head><body><h1>Open positions</h1><table>"
            + "<thead><tr><th>Position</th><th>Location</th><th>Type</th></tr></thead><tbody>");
        for (var i = 0; i < rows; i++)
        {
            page.Append(CultureInfo.InvariantCulture,
                $"<tr><td><a href=\"/jobs/{i}/\">Paralegal {i}</a></td><td>Springfield, IL</td><td>Full-time</td></tr>\n");
        }

        return page.Append("</tbody></table></body></html>").ToString();
    }
}
