using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class TitleOrganizationHeadingsTests
{
    private static readonly Uri Page = new("https://members.test/jobs/");

    [Fact]
    public void A_page_s_h1_heads_its_own_opening_not_an_entry_with_a_read_more_link()
    {
        const string html = """
            <html><body><main>
              <h1>Duty Lawyer – Criminal Law</h1>
              <p>Location: Hamilton</p>
              <p><a href="/files/duty-lawyer-job-description.pdf">Job description (PDF)</a></p>
            </main></body></html>
            """;

        Assert.Empty(TitleOrganizationHeadings.Find(Html.Parse(html), Page, Page));
    }

    [Fact]
    public void Listed_headings_each_take_their_read_more_link()
    {
        const string html = """
            <html><body><main>
              <h1>Vacancies</h1>
              <h2>Duty Lawyer – Criminal Law</h2>
              <p><a href="/files/duty-lawyer-job-description.pdf">Job description (PDF)</a></p>
              <h2>Office Administrator</h2>
              <p><a href="/files/office-administrator-job-description.pdf">Job description (PDF)</a></p>
            </main></body></html>
            """;

        var found = TitleOrganizationHeadings.Find(Html.Parse(html), Page, Page);

        Assert.Equal(["office-administrator-job-description.pdf"], found.Where(f => f.Title == "Office Administrator").Select(f => f.Url.Segments[^1]));
        Assert.Equal(2, found.Count);
    }
}
