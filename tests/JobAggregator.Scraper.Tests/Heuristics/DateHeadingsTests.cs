using JobAggregator.Scraper.Extraction;
using JobAggregator.Scraper.Extraction.Heuristics;
using JobAggregator.Scraper.Tests.Extraction;

namespace JobAggregator.Scraper.Tests.Heuristics;

public sealed class DateHeadingsTests
{
    private static readonly Uri Page = new("https://members.test/vacancies/");

    [Theory]
    [InlineData("12 November 2026", "12 November 2026")]
    [InlineData("Posted 3 December 2026", "3 December 2026")]
    [InlineData("3 décembre 2026", "3 décembre 2026")]
    [InlineData("Publié le 3 décembre 2026", "3 décembre 2026")]
    [InlineData("3. Dezember 2026", "3. Dezember 2026")]
    [InlineData("Publicado el 3 diciembre 2026", "3 diciembre 2026")]
    [InlineData("Miércoles 2 de diciembre de 2026", "2 de diciembre de 2026")]
    [InlineData("Wednesday, 2 December 2026", "2 December 2026")]
    [InlineData("Mercredi 2 décembre 2026", "2 décembre 2026")]
    [InlineData("Mittwoch, 2. Dezember 2026", "2. Dezember 2026")]
    [InlineData("Quarta-feira, 2 de dezembro de 2026", "2 de dezembro de 2026")]
    public void A_heading_that_is_only_a_date_gives_the_openings_under_it_their_posted_date(string heading, string posted)
    {
        var drafts = Read(heading, """<h3>1 October 2026</h3><ul><li><a href="/vacancies/finance/">Finance Officer</a> – part-time, based in Hackney.</li></ul>""");

        Assert.Equal([posted, posted, "1 October 2026"], drafts.Select(d => d.DatePosted));
    }

    [Theory]
    [InlineData("Legal team")]
    [InlineData("Closing 12 November 2026")]
    public void A_heading_that_says_more_than_a_date_gives_no_posted_date(string heading)
    {
        var drafts = Read(heading, "");

        Assert.Equal(2, drafts.Count);
        Assert.All(drafts, d => Assert.Null(d.DatePosted));
    }

    private static IReadOnlyList<PostingDraft> Read(string heading, string after) =>
        ListingHeuristicsStrategy.Extract(Html.Parse($"""
            <html><body><main><h2>Vacancies</h2>
            <h3>{heading}</h3>
            <ul><li><a href="/vacancies/solicitor/">Housing Solicitor</a> – full-time, based in Hackney.</li>
            <li><a href="/vacancies/caseworker/">Immigration Caseworker</a> – part-time, based in Hackney.</li></ul>
            {after}
            </main></body></html>
            """), Page);
}
