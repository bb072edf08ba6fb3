using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class SingleOpeningTests
{
    private static readonly Uri Page = new("https://members.test/about/");

    [Fact]
    public void An_opening_announced_in_prose_takes_the_place_pay_and_closing_date_of_the_page_s_labelled_lines()
    {
        const string html = """
            <html><body><main>
              <h1>About us</h1>
              <p>The Example Project, a small non-profit, is looking for a full-time Finance Manager to keep our books.</p>
              <p><strong>Location:</strong> Tallahassee, Florida</p>
              <p><strong>Salary:</strong> $52,000 per year</p>
              <p><strong>Closing date:</strong> March 31, 2020</p>
            </main></body></html>
            """;

        var draft = SingleOpening.Find(Html.Parse(html), Page);

        Assert.NotNull(draft);
        Assert.Equal("Finance Manager", draft.Title);
        Assert.Equal(Page, draft.Url);
        Assert.Equal("full-time", draft.EmploymentType);
        Assert.Equal("Tallahassee, Florida", draft.Location);
        Assert.Equal("$52,000 per year", draft.SalaryText);
        Assert.Equal("March 31, 2020", draft.ValidThrough);
    }

    [Fact]
    public void Without_labelled_lines_the_prose_gives_the_fields()
    {
        const string html = """
            <html><body><main>
              <p>The Arizona Justice Project in Phoenix, AZ is hiring a full-time Staff Attorney. Apply by April 30, 2024.</p>
            </main></body></html>
            """;

        var draft = SingleOpening.Find(Html.Parse(html), Page);

        Assert.NotNull(draft);
        Assert.Equal("Phoenix, AZ", draft.Location);
        Assert.Equal("April 30, 2024", draft.ValidThrough);
    }
}
