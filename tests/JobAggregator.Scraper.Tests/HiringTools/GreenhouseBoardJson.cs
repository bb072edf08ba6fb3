using System.Net;
using System.Text;

namespace JobAggregator.Scraper.Tests.HiringTools;

/// <summary>A Job Board API answer of many postings, each with its ad (escaped once more, as Greenhouse sends it).</summary>
internal static class GreenhouseBoardJson
{
    public static string Of(int postings, string token)
    {
        var json = new StringBuilder("{\"jobs\":[");
        for (var i = 0; i < postings; i++)
        {
            var content = WebUtility.HtmlEncode($"<p>Represent clients n° {i}. Salary: $50,000 - $60,000 per year.</p>");
            json.Append(i == 0 ? "" : ",")
                .Append($"{{\"id\":{i},\"absolute_url\":\"https://job-boards.greenhouse.io/{token}/jobs/{i}\",")
                .Append($"\"title\":\"Paralegal {i}\",\"location\":{{\"name\":\"Montréal, QC\"}},\"company_name\":\"Example\",")
                .Append("\"metadata\":[{\"name\":\"Employment Type\",\"value\":\"Full-time\"}],")
                .Append($"\"first_published\":\"2026-11-01T09:00:00-04:00\",\"content\":\"{content}\"}}");
        }

        return json.Append("]}").ToString();
    }
}
