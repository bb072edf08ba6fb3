using System.Xml.Linq;
using JobAggregator.Scraper.Extraction.Feeds;

namespace JobAggregator.Scraper.Tests.Feeds;

/// <summary>Dates and pay a job feed writes in elements of its own, the way its country writes them.</summary>
public sealed class JobXmlFeedFieldsTests
{
    [Theory]
    [InlineData("03-11-2025", true, "2025-11-03")]
    [InlineData("03/11/2025", true, "2025-11-03")]
    [InlineData("03.11.2025", false, "2025-11-03")]
    [InlineData("2025-11-03", true, "2025-11-03")]
    public void Reads_a_day_first_date_with_dashes_slashes_or_dots(string text, bool dayFirst, string expected) =>
        Assert.Equal(expected, JobXmlFeedMapper.Date(text, dayFirst));

    [Theory]
    [InlineData("<job><salary_min>2.950,00</salary_min><salary_max>3.600,00</salary_max><salary_currency>EUR</salary_currency></job>", 2950, 3600)]
    [InlineData("<job><salary_min>17,25</salary_min><salary_max>19,80</salary_max></job>", 17.25, 19.80)]
    [InlineData("<job><salary><min>$52,000</min><max>$58,500.00</max></salary></job>", 52000, 58500)]
    public void Reads_pay_elements_written_in_either_convention(string xml, double min, double max)
    {
        var salary = FeedSalaryElements.Of(XElement.Parse(xml));

        Assert.NotNull(salary);
        Assert.Equal((decimal)min, salary.Min);
        Assert.Equal((decimal)max, salary.Max);
    }
}
